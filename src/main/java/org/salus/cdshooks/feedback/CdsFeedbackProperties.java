package org.salus.cdshooks.feedback;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CDS Hooks feedback, {@code salus.cds-hooks.feedback.*}.
 *
 * @param keepFor       how long a card shown in an EHR, and the feedback on it, is kept; older ones are
 *                      deleted daily (the editors' counts cover the last 90 days, so keep at least that)
 * @param retentionCron when the daily retention job runs (Spring cron, UTC)
 */
@ConfigurationProperties("salus.cds-hooks.feedback")
public record CdsFeedbackProperties(
        @DefaultValue("P1Y") Period keepFor,
        @DefaultValue(CdsFeedbackProperties.RETENTION_CRON) String retentionCron) {

    /** The default of {@code retentionCron}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String RETENTION_CRON = "0 15 4 * * *";
}
