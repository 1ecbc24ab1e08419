package org.salus.story.screening;

import java.util.Objects;

/**
 * One problem the screener found. {@code start} and {@code end} are character offsets into the
 * original story text ({@code text.substring(start, end)} is the flagged part); a finding that is
 * not about the story text itself (a display name that looks like a real name) has both set to
 * {@link #NOT_IN_TEXT}. {@code excerpt} is the flagged text, shortened when very long, and
 * {@code explanation} is a short plain-English note for the moderator.
 */
public record Finding(Flag flag, int start, int end, String excerpt, String explanation) {

    /** Offset used by findings that are not located in the story text. */
    public static final int NOT_IN_TEXT = -1;

    static final int MAX_EXCERPT = 80;

    public Finding {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(explanation, "explanation");
        boolean outside = start == NOT_IN_TEXT && end == NOT_IN_TEXT;
        if (!outside && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True when {@code start}/{@code end} point into the story text. */
    public boolean inText() {
        return start != NOT_IN_TEXT;
    }

    /** Number of characters covered in the text (0 when not in the text). */
    public int length() {
        return end - start;
    }

    boolean overlaps(Finding other) {
        return inText() && other.inText() && start < other.end && other.start < end;
    }

    /** A finding covering {@code text[start, end)}, with the excerpt taken from the text. */
    static Finding at(String text, Flag flag, int start, int end, String explanation) {
        return new Finding(flag, start, end, excerpt(text.substring(start, end)), explanation);
    }

    static String excerpt(String value) {
        return value.length() <= MAX_EXCERPT ? value : value.substring(0, MAX_EXCERPT - 1) + "…";
    }
}
