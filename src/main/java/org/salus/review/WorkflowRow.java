package org.salus.review;

import java.time.Instant;

/** A revision's place in the workflow, with the facts the rules need. */
public record WorkflowRow(
        long revisionId,
        long articleId,
        String slug,
        int revisionNumber,
        String title,
        WorkflowState state,
        Long authorId,
        String authorName,
        Instant publishAt,
        Instant updatedAt) {}
