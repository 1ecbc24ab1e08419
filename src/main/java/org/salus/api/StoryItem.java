package org.salus.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A published patient story: the text as the moderator published it (personal data masked),
 * never what was submitted.
 */
public record StoryItem(
        long id,
        String displayName,
        String relationship,
        @Schema(types = {"string", "null"}) String ageRange,
        String text,
        int helpfulCount) {}
