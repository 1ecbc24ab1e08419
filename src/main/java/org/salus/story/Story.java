package org.salus.story;

import java.time.Instant;

/**
 * A reader's story as stored. {@code body} is what they wrote; {@code maskedBody} has personal
 * data replaced; {@code publishedBody} is what readers see once a moderator published it.
 */
public record Story(long id, long questionId, String displayName, Relationship relationship, String ageRange,
        String sex, String body, String maskedBody, String publishedBody, StoryState state, boolean urgent,
        Instant submittedAt, String decidedBy, String decisionReason, String decisionNote, int helpfulCount) {
}
