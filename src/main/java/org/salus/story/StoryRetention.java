package org.salus.story;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salus.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps stories only as long as promised: published stories leave the page after
 * {@code salus.stories.retention} (default two years), and the personal data of stories submitted
 * longer ago than {@code salus.stories.erase-after} (default two years) is erased from every table
 * that held it, audit details included (see {@link StoryRepository#erasePersonalData}). Runs daily;
 * "now" comes from the injected {@link Clock}.
 */
@Component
class StoryRetention {

    /** The name of this job's row in the {@code shedlock} table. */
    static final String LOCK = "story.retention";

    private static final Logger log = LoggerFactory.getLogger(StoryRetention.class);

    private final StoryRepository stories;
    private final QuestionRepository questions;
    private final StoryChanges changes;
    private final AuditLog audit;
    private final Clock clock;
    private final Period retention;
    private final Period eraseAfter;

    StoryRetention(
            StoryRepository stories,
            QuestionRepository questions,
            StoryChanges changes,
            AuditLog audit,
            Clock clock,
            StoryProperties settings) {
        this.stories = stories;
        this.questions = questions;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.retention = settings.retention();
        this.eraseAfter = settings.eraseAfter();
    }

    /**
     * Runs daily on one node of the cluster (ShedLock, see org.salus.jobs). Held at most an hour:
     * erasing rewrites audit details and can take a while after a long pause, and an hour is still
     * far below the day between runs. Released as soon as the run has committed (lockAtLeastFor 0):
     * stories are picked by state and date, so another node whose timer fires later finds nothing
     * left to retire or erase.
     */
    @Scheduled(cron = "${salus.stories.retention-cron:" + StoryProperties.RETENTION_CRON + "}", zone = "UTC")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1H", lockAtLeastFor = "PT0S")
    @Transactional
    public void run() {
        Instant now = clock.instant();
        Instant leaveBefore = now.atZone(ZoneOffset.UTC).minus(retention).toInstant();
        int retired = 0;
        for (Story story : stories.publishedBefore(leaveBefore)) {
            if (stories.decide(
                    story.id(),
                    StoryState.PUBLISHED,
                    StoryState.REMOVED,
                    null,
                    "retention",
                    "retention",
                    "published longer than " + retention,
                    now)) {
                long articleId =
                        questions.findById(story.questionId()).orElseThrow().articleId();
                audit.record("retention", "story.retired", articleId, null, null, "story " + story.id());
                changes.stories(articleId, story.questionId());
                retired++;
            }
        }
        keepOnlyRedactedText(now);
        int erased = 0;
        for (long id : stories.dueForErasure(
                now.atZone(ZoneOffset.UTC).minus(eraseAfter).toInstant())) {
            stories.erasePersonalData(id, now);
            audit.rewriteDetails("story.", Moderation.auditSubject(id), Moderation::withoutNote);
            erased++;
        }
        if (retired + erased > 0) {
            log.info("Story retention: {} stories left the site, personal data of {} erased", retired, erased);
        }
    }

    /**
     * A moderator's redaction may have removed personal data that screening missed, so for
     * redacted stories due for erasure the original and the masked text give way to the
     * redaction first (the erasure below then keeps only that).
     */
    private void keepOnlyRedactedText(Instant now) {
        stories.keepOnlyRedactedText(
                now.atZone(ZoneOffset.UTC).minus(eraseAfter).toInstant());
    }
}
