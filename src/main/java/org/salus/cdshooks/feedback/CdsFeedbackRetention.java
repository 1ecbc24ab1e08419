package org.salus.cdshooks.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the cards shown in EHRs longer ago than {@code salus.cds-hooks.feedback.keep-for} (default
 * one year), with the feedback on them. The rows hold no patient data; the limit keeps the tables
 * small and the counts about recent use. Runs daily on one node (ShedLock).
 */
@Component
class CdsFeedbackRetention {

    /** The name of this job's row in the {@code shedlock} table. */
    static final String LOCK = "cds-feedback.retention";

    private static final Logger log = LoggerFactory.getLogger(CdsFeedbackRetention.class);

    private final CardRecords records;
    private final Clock clock;
    private final CdsFeedbackProperties settings;

    CdsFeedbackRetention(CardRecords records, Clock clock, CdsFeedbackProperties settings) {
        this.records = records;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(
            cron = "${salus.cds-hooks.feedback.retention-cron:" + CdsFeedbackProperties.RETENTION_CRON + "}",
            zone = "UTC")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1H", lockAtLeastFor = "PT0S")
    public void run() {
        Instant cutoff =
                clock.instant().atZone(ZoneOffset.UTC).minus(settings.keepFor()).toInstant();
        int deleted = records.deleteIssuedBefore(cutoff);
        if (deleted > 0) {
            log.info("CDS Hooks feedback retention: deleted {} cards shown before {}", deleted, cutoff);
        }
    }
}
