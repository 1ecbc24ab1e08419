package org.salus.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salus.story.StoryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps feedback only as long as the privacy notice promises: every answer, comment and report
 * (handled or not) sent longer ago than the stories' erasure period ({@code salus.stories.erase-after},
 * default two years) is deleted, as a story's personal data is erased then. Feedback names no reader,
 * so deleting the rows is all there is to erase; the audit entries of "handled" hold no reader text.
 * Runs daily, like the story retention job; "now" comes from the injected {@link Clock}.
 */
@Component
class FeedbackRetention {

    /** The name of this job's row in the {@code shedlock} table. */
    static final String LOCK = "feedback.retention";

    private static final Logger log = LoggerFactory.getLogger(FeedbackRetention.class);

    private final FeedbackRepository feedback;
    private final Clock clock;
    private final Period keepFor;

    FeedbackRetention(FeedbackRepository feedback, Clock clock, StoryProperties stories) {
        this.feedback = feedback;
        this.clock = clock;
        this.keepFor = stories.eraseAfter();
    }

    /**
     * Runs daily on one node (ShedLock, see org.salus.jobs), released as soon as it has finished:
     * rows are picked by date, so a node whose timer fires later finds nothing left to delete.
     */
    @Scheduled(cron = "${salus.feedback.retention-cron:" + FeedbackProperties.RETENTION_CRON + "}", zone = "UTC")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1H", lockAtLeastFor = "PT0S")
    public void run() {
        Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(keepFor).toInstant();
        int deleted = feedback.deleteSubmittedBefore(cutoff);
        if (deleted > 0) {
            log.info("Feedback retention: deleted {} answers and reports sent before {}", deleted, cutoff);
        }
    }
}
