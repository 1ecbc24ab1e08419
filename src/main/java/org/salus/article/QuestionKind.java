package org.salus.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a quiz question is answered: one option, any set of options, or true/false. */
public enum QuestionKind {
    SINGLE,
    MULTIPLE,
    TRUE_FALSE;

    /** The code stored in the database and written in content files ({@code true-false}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the reader picks exactly one option (radio buttons) rather than any set (checkboxes). */
    public boolean oneAnswer() {
        return this != MULTIPLE;
    }

    public static Optional<QuestionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
