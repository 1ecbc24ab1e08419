package org.salus.article;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
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

    @ConfigurationProperties("salus.review")
    record Settings(Period interval, Map<String, Period> intervals, Period overdueNoticeGrace) {

        Settings {
            interval = interval == null ? Period.ofYears(3) : interval;
            intervals = intervals == null ? Map.of() : Map.copyOf(intervals);
            overdueNoticeGrace = overdueNoticeGrace == null ? Period.ofDays(30) : overdueNoticeGrace;
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
