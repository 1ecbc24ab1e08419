package org.salus.story;

import java.time.Clock;
import java.util.List;

import org.salus.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A moderator's decisions on stories. Publishing shows the masked text unless the moderator
 * chose to restore what screening masked or redacted the text by hand; rejecting and removing
 * keep the story, hidden, with the reason. Every decision is audited (which story and who, never
 * the story's text). Publishing, redacting and keeping a reported story answer its reports.
 */
@Service
public class Moderation {

    /** Why a story is not shown, as moderators choose from a list. */
    public static final List<String> REASONS = List.of(
            "personal-data",
            "not-an-experience",
            "offensive",
            "advertising",
            "misinformation",
            "complaint-about-provider",
            "duplicate",
            "other");

    /** The longest redaction accepted: a story's limit with room for "[removed]" markers. */
    public static final int MAX_REDACTION = StoryForm.MAX_STORY * 2;

    /** Stands between the reason and the moderator's note in an audit detail: "story 12: duplicate — note". */
    private static final String NOTE = " — ";

    private final StoryRepository stories;
    private final QuestionRepository questions;
    private final StoryChanges changes;
    private final AuditLog audit;
    private final Clock clock;

    Moderation(
            StoryRepository stories, QuestionRepository questions, StoryChanges changes, AuditLog audit, Clock clock) {
        this.stories = stories;
        this.questions = questions;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes a pending story: masked (the default) or, when {@code restore}, as written. */
    @Transactional
    public void publish(String moderator, long storyId, boolean restore) {
        Story story = story(storyId);
        String body = restore ? story.body() : story.maskedBody();
        decide(
                story,
                StoryState.PENDING,
                StoryState.PUBLISHED,
                body,
                moderator,
                null,
                null,
                restore ? "story.published-as-written" : "story.published-masked");
        stories.clearReports(storyId);
    }

    /**
     * Publishes a pending story with the moderator's edit of its text, or replaces the text of a
     * published one. Readers see only {@code text}; the original stays, for moderators, until the
     * retention job erases it.
     */
    @Transactional
    public void redact(String moderator, long storyId, String text) {
        String redacted = requireRedaction(text);
        Story story = story(storyId);
        if (!stories.redact(storyId, redacted)) {
            throw new ModerationException("moderation.notPossible");
        }
        if (story.state() == StoryState.PENDING) {
            decide(
                    story,
                    StoryState.PENDING,
                    StoryState.PUBLISHED,
                    redacted,
                    moderator,
                    null,
                    null,
                    "story.published-redacted");
        } else {
            record(story, moderator, "story.redacted", null, null);
        }
        stories.clearReports(storyId);
    }

    /** A reported story that stays published: the moderator read it and answers its reports. */
    @Transactional
    public void keep(String moderator, long storyId) {
        Story story = story(storyId);
        if (!story.underReview()) {
            throw new ModerationException("moderation.notPossible");
        }
        stories.clearReports(storyId);
        record(story, moderator, "story.kept", null, null);
    }

    @Transactional
    public void reject(String moderator, long storyId, String reason, String note) {
        requireReason(reason);
        decide(
                story(storyId),
                StoryState.PENDING,
                StoryState.REJECTED,
                null,
                moderator,
                reason,
                note,
                "story.rejected");
    }

    /** Takes a published story off the page; it stays stored, hidden. */
    @Transactional
    public void remove(String moderator, long storyId, String reason, String note) {
        requireReason(reason);
        decide(
                story(storyId),
                StoryState.PUBLISHED,
                StoryState.REMOVED,
                null,
                moderator,
                reason,
                note,
                "story.removed");
    }

    private void decide(
            Story story,
            StoryState from,
            StoryState to,
            String body,
            String moderator,
            String reason,
            String note,
            String action) {
        if (!stories.decide(story.id(), from, to, body, moderator, reason, blankToNull(note), clock.instant())) {
            throw new ModerationException("moderation.notPossible");
        }
        record(story, moderator, action, reason, note);
    }

    private void record(Story story, String moderator, String action, String reason, String note) {
        long articleId = questions.findById(story.questionId()).orElseThrow().articleId();
        audit.record(
                moderator,
                action,
                articleId,
                null,
                null,
                auditSubject(story.id())
                        + (reason == null ? "" : ": " + reason)
                        + (note == null || note.isBlank() ? "" : NOTE + note));
        changes.stories(articleId, story.questionId());
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

    /** The redacted text, stripped; refused when empty, too long or holding control characters. */
    private static String requireRedaction(String text) {
        String redacted = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (redacted.isEmpty()) {
            throw new ModerationException("moderation.redactionEmpty");
        }
        if (redacted.length() > MAX_REDACTION) {
            throw new ModerationException("moderation.redactionTooLong");
        }
        if (redacted.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new ModerationException("moderation.redactionControl");
        }
        return redacted;
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
