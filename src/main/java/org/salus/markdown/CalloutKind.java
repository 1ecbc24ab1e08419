package org.salus.markdown;

import java.util.Locale;
import java.util.Optional;

/** The three urgent-care callouts a writer can open a block quote with: {@code > [!emergency]} and its kin. */
public enum CalloutKind {
    /** Call the emergency number now (red). */
    EMERGENCY,
    /** Get help today: call the doctor or go to urgent care (amber). */
    URGENT,
    /** Good to know (blue). */
    INFO;

    /** The word written between {@code [!} and {@code ]}, and the CSS suffix: {@code emergency}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CalloutKind> fromCode(String code) {
        for (CalloutKind kind : values()) {
            if (kind.code().equalsIgnoreCase(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
