package org.salus.story;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Patient stories, {@code salus.stories.*}.
 *
 * @param submissionsPerHour stories one client address may submit per hour; more get 429 with {@code Retry-After}
 * @param reportThreshold    reports from this many networks take a published story back to moderation
 * @param retention          published stories leave the page this long after publication (ISO-8601 period)
 * @param eraseAfter         the personal data of stories submitted longer ago than this is erased everywhere
 * @param retentionCron      when the daily retention job runs (Spring cron, UTC)
 */
@ConfigurationProperties("salus.stories")
public record StoryProperties(
        @DefaultValue("5") int submissionsPerHour,
        @DefaultValue("3") int reportThreshold,
        @DefaultValue("P2Y") Period retention,
        @DefaultValue("P2Y") Period eraseAfter,
        @DefaultValue(StoryProperties.RETENTION_CRON) String retentionCron) {

    /** The default of {@code retentionCron}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String RETENTION_CRON = "0 30 3 * * *";
}
