package org.salus.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a revision changed medical facts (clinical) or only wording and presentation. */
public enum ChangeKind {
    CLINICAL,
    EDITORIAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChangeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
