package org.salus.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The editorial workflow's settings, {@code salus.review.*}. The review intervals under the same prefix
 * ({@code interval}, {@code intervals.*}, {@code overdue-notice-grace}) belong to
 * {@link org.salus.article.ReviewPolicy}: readers' pages use them, and the article package may not depend
 * on this one.
 *
 * @param maxReadingGrade publishing a revision above this Flesch-Kincaid grade needs a recorded override reason
 * @param scheduleCheck   how often revisions scheduled for publication are checked for being due
 */
@ConfigurationProperties("salus.review")
public record ReviewProperties(
        @DefaultValue("8") double maxReadingGrade,
        @DefaultValue(ReviewProperties.SCHEDULE_CHECK) Duration scheduleCheck) {

    /** The default of {@code scheduleCheck}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String SCHEDULE_CHECK = "PT30S";
}
