package org.salus.quality;

import java.util.Locale;

/** The outcome of one check. Only passed and failed count towards the score. */
public enum CheckStatus {
    PASSED,
    FAILED,
    /** Software cannot judge it (or cannot in this language): the page lists it for the editor. */
    HUMAN,
    /** Nothing to check: no numbers, no tables, no dictionary words. */
    NOT_APPLICABLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
