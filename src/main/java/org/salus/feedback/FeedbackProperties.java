package org.salus.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page feedback, {@code salus.feedback.*}. How long feedback is kept is not a setting of its own:
 * it is the stories' erasure period ({@code salus.stories.erase-after}), so the privacy notice
 * names one period for everything readers send.
 *
 * @param submissionsPerHour feedback answers and problem reports one client address may send per hour;
 *                           only accepted ones count, so a reader correcting a refused form is never charged
 * @param retentionCron      when the daily feedback-retention job runs (Spring cron, UTC)
 */
@ConfigurationProperties("salus.feedback")
public record FeedbackProperties(
        @DefaultValue("30") int submissionsPerHour,
        @DefaultValue(FeedbackProperties.RETENTION_CRON) String retentionCron) {

    /** The default of {@code retentionCron}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String RETENTION_CRON = "0 45 3 * * *";
}
