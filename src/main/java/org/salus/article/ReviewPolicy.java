package org.salus.article;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * When an article must be reviewed again, and when readers are told that it is late.
 * Settings {@code salus.review.*}:
 * <ul>
 *   <li>{@code interval}: review date + this period = next review due (default three years);</li>
 *   <li>{@code intervals.<content-type>}: the same per content type, e.g. {@code intervals.faq=P1Y};</li>
 *   <li>{@code overdue-notice-grace}: how long after the due date the public notice appears (default 30 days),
 *       so a review that is a few days late does not alarm readers.</li>
 * </ul>
 */
@Component
public class ReviewPolicy {

    private final Settings settings;

    ReviewPolicy(Settings settings) {
        this.settings = settings;
    }

    /**
     * The review intervals, {@code salus.review.*} (the editorial workflow's settings under the same prefix are
     * {@code org.salus.review.ReviewProperties}).
     *
     * @param interval           next review due = review date + this period (ISO-8601)
     * @param intervals          the same per content type, overriding {@code interval}, e.g.
     *                           {@code salus.review.intervals.faq=P1Y}
     * @param overdueNoticeGrace how long after the due date readers see the "due for review" notice, so a review
     *                           a few days late does not alarm them
     */
    @ConfigurationProperties("salus.review")
    record Settings(
            @DefaultValue("P3Y") Period interval,
            @DefaultValue Map<String, Period> intervals,
            @DefaultValue("P30D") Period overdueNoticeGrace) {

        Settings {
            intervals = Map.copyOf(intervals);
        }
    }

    /** The default next review date, for a review without a content type (imports). */
    public LocalDate nextReviewDue(LocalDate reviewedOn) {
        return reviewedOn.plus(settings.interval());
    }

    public LocalDate nextReviewDue(LocalDate reviewedOn, ContentType type) {
        return reviewedOn.plus(settings.intervals().getOrDefault(type.code(), settings.interval()));
    }

    /** Whether the page shows readers the calm "due for review" notice. */
    public boolean showsOverdueNotice(MedicalReview review, LocalDate today) {
        return review.isOverdue(today.minus(settings.overdueNoticeGrace()));
    }
}
