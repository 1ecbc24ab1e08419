package org.salus.feedback;

import java.util.Arrays;
import java.util.Optional;

/** What a reader says is wrong with a page; {@link #code()} is stored and sent by the form. */
enum ProblemKind {
    WRONG_OR_OUTDATED("wrong-or-outdated"),
    BROKEN_LINK("broken-link"),
    HARD_TO_UNDERSTAND("hard-to-understand"),
    OTHER("other");

    private final String code;

    ProblemKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<ProblemKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
