package org.salus.story;

import java.time.Clock;
import java.util.List;

import org.salus.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's decisions on stories. Publishing shows the masked text unless the moderator
 * chose to restore what screening masked; rejecting and removing keep the story, hidden, with the
 * reason. Every decision is audited.
 */
@Service
public class Moderation {

    /** Why a story is not shown, as moderators choose from a list. */
    public static final List<String> REASONS = List.of("personal-data", "not-an-experience", "offensive", "advertising",
            "misinformation", "complaint-about-provider", "duplicate", "other");

    /** Stands between the reason and the moderator's note in an audit detail: "story 12: duplicate — note". */
    private static final String NOTE = " — ";

    private final StoryRepository stories;
    private final QuestionRepository questions;
    private final StoryPanels panels;
    private final AuditLog audit;
    private final Clock clock;

    Moderation(StoryRepository stories, QuestionRepository questions, StoryPanels panels, AuditLog audit, Clock clock) {
        this.stories = stories;
        this.questions = questions;
        this.panels = panels;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes a pending story: masked (the default) or, when {@code restore}, as written. */
    @Transactional
    public void publish(String moderator, long storyId, boolean restore) {
        Story story = story(storyId);
        String body = restore ? story.body() : story.maskedBody();
        decide(story, StoryState.PENDING, StoryState.PUBLISHED, body, moderator, null, null,
                restore ? "story.published-as-written" : "story.published-masked");
    }

    @Transactional
    public void reject(String moderator, long storyId, String reason, String note) {
        requireReason(reason);
        decide(story(storyId), StoryState.PENDING, StoryState.REJECTED, null, moderator, reason, note, "story.rejected");
    }

    /** Takes a published story off the page; it stays stored, hidden. */
    @Transactional
    public void remove(String moderator, long storyId, String reason, String note) {
        requireReason(reason);
        decide(story(storyId), StoryState.PUBLISHED, StoryState.REMOVED, null, moderator, reason, note, "story.removed");
    }

    private void decide(Story story, StoryState from, StoryState to, String body, String moderator, String reason,
            String note, String action) {
        if (!stories.decide(story.id(), from, to, body, moderator, reason, blankToNull(note), clock.instant())) {
            throw new ModerationException("moderation.notPossible");
        }
        long articleId = questions.findById(story.questionId()).orElseThrow().articleId();
        audit.record(moderator, action, articleId, null, null, auditSubject(story.id())
                + (reason == null ? "" : ": " + reason) + (note == null || note.isBlank() ? "" : NOTE + note));
        panels.forget(articleId);
    }

    /** How audit details name a story: "story 12". */
    static String auditSubject(long storyId) {
        return "story " + storyId;
    }

    /** An audit detail without the moderator's note, which may quote personal data: for erasure. */
    static String withoutNote(String detail) {
        int note = detail.indexOf(NOTE);
        return note < 0 ? detail : detail.substring(0, note) + NOTE + "note erased";
    }

    private Story story(long id) {
        return stories.find(id).orElseThrow(() -> new ModerationException("moderation.noStory"));
    }

    private static void requireReason(String reason) {
        if (reason == null || !REASONS.contains(reason)) {
            throw new ModerationException("moderation.reasonRequired");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
