package org.salus.review.diff;

import java.util.Objects;

/**
 * A run of text within a line or field, marked when it is one of the words that differ from
 * the other revision. Plain text: the template escapes it and decides how to show
 * {@code changed} runs (for example inside {@code <del>} or {@code <ins>}).
 */
public record Span(boolean changed, String text) {

    public Span {
        Objects.requireNonNull(text, "text");
    }

    /** Text that both revisions share. */
    public static Span same(String text) {
        return new Span(false, text);
    }

    /** Text only this side has: removed words on the older side, added words on the newer. */
    public static Span changed(String text) {
        return new Span(true, text);
    }
}
