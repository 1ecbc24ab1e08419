package org.salus.article;

import java.time.Instant;

/** One line of an article's history. {@code live} marks the revision readers see. */
public record RevisionSummary(
        long id,
        int number,
        String title,
        String author,
        String changeNote,
        ChangeKind changeKind,
        Instant createdAt,
        boolean live) {}
