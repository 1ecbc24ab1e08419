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

/** A medical reviewer's public profile, {@code /reviewers/{slug}}: who they are and what they reviewed. */
@Controller
class ReviewerController {

    private final ReviewerProfileRepository profiles;
    private final Clock clock;

    ReviewerController(ReviewerProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping("/reviewers/{slug}")
    String profile(@PathVariable String slug, PageContext ctx, Model model, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(CdnKeys.everyLanguage(CdnKeys::topics)); // lists the articles the reviewer approved
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("reviewer");
        }
        ReviewerProfile reviewer = profiles.findBySlug(slug).orElseThrow(() -> new NotFoundException("reviewer"));
        model.addAttribute(
                "page",
                new ReviewerPage(
                        ctx,
                        reviewer,
                        profiles.reviewedArticles(reviewer.id()),
                        profiles.previouslyReviewedArticles(reviewer.id()),
                        reviewer.confirmationDue(LocalDate.now(clock)),
                        ReviewerJsonLd.of(reviewer, ctx.absolute("/reviewers/" + reviewer.slug()))));
        return "reviewer/profile";
    }
}
