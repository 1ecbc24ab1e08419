package org.salus.story;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A reader's story as stored. {@code body} is what they wrote; {@code maskedBody} has personal
 * data replaced by screening; {@code redactedBody} is a moderator's edit of it, if any;
 * {@code publishedBody} is what readers see once a moderator published it. {@code decidedAt} is
 * the last decision (for a published story, when it was published); {@code reviewRequestedAt}
 * is set while reader reports ask moderators to look at a story that stays published.
 */
public record Story(
        long id,
        long questionId,
        String displayName,
        Relationship relationship,
        String ageRange,
        String sex,
        String body,
        String maskedBody,
        String publishedBody,
        StoryState state,
        boolean urgent,
        Instant submittedAt,
        String decidedBy,
        String decisionReason,
        String decisionNote,
        int helpfulCount,
        Instant decidedAt,
        String redactedBody,
        Instant reviewRequestedAt) {

    /** The day a published story was published (UTC), for the "Published …" line readers see. */
    public LocalDate publishedOn() {
        return state == StoryState.PUBLISHED && decidedAt != null
                ? decidedAt.atZone(ZoneOffset.UTC).toLocalDate()
                : null;
    }

    /** Published, and reader reports asked moderators to look at it again. */
    public boolean underReview() {
        return state == StoryState.PUBLISHED && reviewRequestedAt != null;
    }
}
