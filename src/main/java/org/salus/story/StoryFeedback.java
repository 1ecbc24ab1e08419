package org.salus.story;

import java.time.Clock;

import org.salus.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' feedback on published stories: "Was this helpful?" (one vote per client) and "Report
 * as unsuitable". Reports count once per client address, and reports from one network (IPv4 /24,
 * IPv6 /48) count as one reader. At {@code salus.stories.report-threshold} reports from that many
 * networks the story leaves the page and goes back to the moderation queue; when the threshold
 * is reached only by counting clients of fewer networks (they look like one actor), the story
 * stays published and is queued for a moderator's review.
 */
@Service
public class StoryFeedback {

    private final StoryRepository stories;
    private final QuestionRepository questions;
    private final ClientIdentity clients;
    private final StoryChanges changes;
    private final AuditLog audit;
    private final Clock clock;
    private final int reportThreshold;

    StoryFeedback(
            StoryRepository stories,
            QuestionRepository questions,
            ClientIdentity clients,
            StoryChanges changes,
            AuditLog audit,
            Clock clock,
            StoryProperties settings) {
        this.stories = stories;
        this.questions = questions;
        this.clients = clients;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.reportThreshold = settings.reportThreshold();
    }

    /** @return false when this client already voted for the story, or it is not published */
    @Transactional
    public boolean helpful(long storyId, String clientAddress) {
        return stories.vote(storyId, clients.of(clientAddress), clock.instant());
    }

    @Transactional
    public void report(long storyId, String clientAddress, String reason) {
        stories.report(
                        storyId,
                        clients.of(clientAddress),
                        clients.networkOf(clientAddress),
                        reason == null ? null : reason.strip(),
                        clock.instant())
                .ifPresent(tally -> {
                    if (tally.networks() >= reportThreshold) {
                        hide(storyId, tally);
                    } else if (tally.reports() >= reportThreshold && stories.requestReview(storyId, clock.instant())) {
                        record(storyId, "story.review-requested", tally);
                    }
                });
    }

    private void hide(long storyId, StoryRepository.ReportTally tally) {
        if (stories.decide(
                storyId,
                StoryState.PUBLISHED,
                StoryState.PENDING,
                null,
                "readers",
                "reported",
                tally.reports() + " reader reports",
                clock.instant())) {
            record(storyId, "story.reported", tally);
        }
    }

    private void record(long storyId, String action, StoryRepository.ReportTally tally) {
        long questionId = stories.find(storyId).orElseThrow().questionId();
        long articleId = questions.findById(questionId).orElseThrow().articleId();
        audit.record(
                "readers",
                action,
                articleId,
                null,
                null,
                "story " + storyId + ": " + tally.reports() + " reports from " + tally.networks() + " networks");
        changes.stories(articleId, questionId);
    }
}
