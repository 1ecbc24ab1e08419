package org.salus.review.diff;

import java.util.List;
import java.util.Objects;

/**
 * One line of a section's Markdown in the diff, as plain text (never markup).
 *
 * <p>{@code spans} is empty unless the line was reworded rather than replaced: then a DELETED
 * line and the INSERTED line that replaced it each carry spans that cover their whole text and
 * mark the words that differ. Show {@code text} when {@code spans} is empty, else the spans.
 */
public record DiffLine(Kind kind, String text, List<Span> spans) {

    /** How the line relates to the older revision. */
    public enum Kind {
        /** In both revisions. */
        SAME,
        /** Only in the newer revision. */
        INSERTED,
        /** Only in the older revision. */
        DELETED
    }

    public DiffLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }

    public static DiffLine same(String text) {
        return new DiffLine(Kind.SAME, text, List.of());
    }

    public static DiffLine inserted(String text, Span... spans) {
        return new DiffLine(Kind.INSERTED, text, List.of(spans));
    }

    public static DiffLine deleted(String text, Span... spans) {
        return new DiffLine(Kind.DELETED, text, List.of(spans));
    }
}
