package org.salus.review.diff;

import java.util.List;
import java.util.Objects;

/**
 * A single text field of two revisions, such as the title or summary, with a word-level diff.
 * Each side's spans cover its whole text (none for empty text); when nothing changed every span
 * is unchanged. Plain data: the template escapes it.
 */
public record FieldChange(String older, String newer, List<Span> olderSpans, List<Span> newerSpans) {

    public FieldChange {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        olderSpans = List.copyOf(olderSpans);
        newerSpans = List.copyOf(newerSpans);
    }

    public boolean changed() {
        return !older.equals(newer);
    }
}
