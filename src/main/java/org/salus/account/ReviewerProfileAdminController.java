package org.salus.account;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.salus.article.ReviewerPhotos;
import org.salus.article.ReviewerProfile;
import org.salus.article.ReviewerProfileRepository;
import org.salus.audit.AuditLog;
import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administrator's pages for reviewers' public profiles ({@code /admin/reviewers}): affiliations,
 * licence, disclosures of interest, and "confirmed" — the date the whole profile was last checked
 * with the reviewer. Profiles of reviewers without an account (named by imported content) are here too.
 */
@Controller
class ReviewerProfileAdminController {

    private final ReviewerProfileRepository profiles;
    private final ReviewerPhotos photos;
    private final AuditLog audit;
    private final ChangeLog changes;
    private final Clock clock;

    ReviewerProfileAdminController(
            ReviewerProfileRepository profiles, ReviewerPhotos photos, AuditLog audit, ChangeLog changes, Clock clock) {
        this.profiles = profiles;
        this.photos = photos;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/admin/reviewers")
    ModelAndView list(PageContext ctx) {
        return new ModelAndView(
                "admin/reviewers",
                Map.of("page", new UserPages.ReviewerProfiles(ctx, profiles.all(), LocalDate.now(clock))));
    }

    @GetMapping("/admin/reviewers/{slug}")
    ModelAndView edit(@PathVariable String slug, PageContext ctx) {
        ReviewerProfile profile = find(slug);
        return form(ctx, profile, ReviewerProfileForm.of(profile), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/admin/reviewers/{slug}")
    @Transactional
    ModelAndView save(
            @PathVariable String slug, @ModelAttribute ReviewerProfileForm form, Principal admin, PageContext ctx) {
        ReviewerProfile profile = find(slug);
        Map<String, String> errors = new java.util.LinkedHashMap<>(form.problems());
        if (form.photoId().isPresent()
                && photos.photo(form.photoId().getAsLong(), "en").isEmpty()) {
            errors.put("photo", "profile.error.photo");
        }
        if (!errors.isEmpty()) {
            return form(ctx, profile, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        LocalDate confirmed = form.confirming() ? LocalDate.now(clock) : null;
        profiles.saveDetails(
                profile.id(),
                form.affiliationList(),
                UserForm.blankToNull(form.licenceBody()),
                UserForm.blankToNull(form.licenceNumber()),
                form.disclosureChoice(),
                UserForm.blankToNull(form.disclosures()),
                confirmed);
        if (form.setsPhoto()) {
            profiles.savePhoto(
                    profile.id(), form.photoId().isPresent() ? form.photoId().getAsLong() : null);
        }
        audit.record(
                admin.getName(),
                confirmed == null ? "reviewer.profileUpdated" : "reviewer.profileConfirmed",
                null,
                null,
                null,
                profile.slug());
        // Like AdminController's profile edits: the profile page and every review line pointing to it re-render.
        changes.append(Change.of(Change.Kind.REVIEWER_PROFILE_CHANGED).allArticles());
        return new ModelAndView("redirect:/admin/reviewers/" + profile.slug() + "?saved");
    }

    private ReviewerProfile find(String slug) {
        return profiles.findBySlug(slug).orElseThrow(() -> new NotFoundException("reviewer"));
    }

    private ModelAndView form(
            PageContext ctx,
            ReviewerProfile profile,
            ReviewerProfileForm form,
            Map<String, String> errors,
            HttpStatus status) {
        ModelAndView view = new ModelAndView(
                "admin/reviewer",
                Map.of("page", new UserPages.ReviewerProfileEdit(ctx, profile, form, errors, photos.choices())));
        view.setStatus(status);
        return view;
    }
}
