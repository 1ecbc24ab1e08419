package org.salus.story;

import java.time.Clock;

import org.salus.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' feedback on published stories: "Was this helpful?" (one vote per client) and "Report
 * as unsuitable" — once reports reach {@code salus.stories.report-threshold}, the story leaves
 * the page and goes back to the moderation queue.
 */
@Service
public class StoryFeedback {

    private final StoryRepository stories;
    private final QuestionRepository questions;
    private final ClientIdentity clients;
    private final StoryPanels panels;
    private final AuditLog audit;
    private final Clock clock;
    private final int reportThreshold;

    StoryFeedback(StoryRepository stories, QuestionRepository questions, ClientIdentity clients, StoryPanels panels,
            AuditLog audit, Clock clock, @Value("${salus.stories.report-threshold:3}") int reportThreshold) {
        this.stories = stories;
        this.questions = questions;
        this.clients = clients;
        this.panels = panels;
        this.audit = audit;
        this.clock = clock;
        this.reportThreshold = reportThreshold;
    }

    /** @return false when this client already voted for the story, or it is not published */
    @Transactional
    public boolean helpful(long storyId, String clientAddress) {
        return stories.vote(storyId, clients.of(clientAddress), clock.instant());
    }

    @Transactional
    public void report(long storyId, String clientAddress, String reason) {
        int reports = stories.report(storyId, clients.of(clientAddress), reason == null ? null : reason.strip(),
                clock.instant());
        if (reports >= reportThreshold && stories.decide(storyId, StoryState.PUBLISHED, StoryState.PENDING, null,
                "readers", "reported", reports + " reader reports", clock.instant())) {
            long articleId = questions.findById(stories.find(storyId).orElseThrow().questionId()).orElseThrow().articleId();
            audit.record("readers", "story.reported", articleId, null, null, "story " + storyId + ": " + reports + " reports");
            panels.forget(articleId);
        }
    }
}
