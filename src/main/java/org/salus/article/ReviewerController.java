package org.salus.article;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.HttpCaching;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A medical reviewer's public profile, {@code /reviewers/{slug}} and its Spanish twin
 * {@code /es/reviewers/{slug}}: who they are and what they reviewed. The UI speaks the address's
 * language; the profile's own words (bio, affiliations, disclosures) are shown as stored.
 */
@Controller
class ReviewerController {

    private final ReviewerProfileRepository profiles;
    private final ReviewerPhotos photos;
    private final Clock clock;

    ReviewerController(ReviewerProfileRepository profiles, ReviewerPhotos photos, Clock clock) {
        this.profiles = profiles;
        this.photos = photos;
        this.clock = clock;
    }

    @GetMapping("/reviewers/{slug}")
    String profile(@PathVariable String slug, PageContext ctx, Model model, HttpServletResponse response) {
        return render(slug, ctx, model, response);
    }

    @GetMapping("/es/reviewers/{slug}")
    String spanishProfile(@PathVariable String slug, PageContext ctx, Model model, HttpServletResponse response) {
        return render(slug, ctx.in("es"), model, response);
    }

    private String render(String slug, PageContext language, Model model, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(CdnKeys.everyLanguage(CdnKeys::topics)); // lists the articles the reviewer approved
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("reviewer");
        }
        ReviewerProfile reviewer = profiles.findBySlug(slug).orElseThrow(() -> new NotFoundException("reviewer"));
        String englishPath = path(reviewer.slug());
        PageContext ctx = language.withTwin(englishPath);
        ReviewerPhotos.Photo photo = reviewer.photoImageId() == null
                ? null
                : photos.photo(reviewer.photoImageId(), ctx.lang()).orElse(null);
        String pageUrl = ctx.absolute(ctx.sitePath(englishPath));
        model.addAttribute(
                "page",
                new ReviewerPage(
                        ctx,
                        reviewer,
                        profiles.reviewedArticles(reviewer.id()),
                        profiles.previouslyReviewedArticles(reviewer.id()),
                        reviewer.confirmationDue(LocalDate.now(clock)),
                        ReviewerJsonLd.of(
                                reviewer, pageUrl, photo == null ? null : ctx.absolute(photo.src()), ctx.lang()),
                        pageUrl,
                        photo));
        return "reviewer/profile";
    }

    /** The English address of a reviewer's profile; {@code ctx.sitePath} gives the Spanish one. */
    static String path(String slug) {
        return "/reviewers/" + slug;
    }
}
