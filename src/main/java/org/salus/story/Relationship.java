package org.salus.story;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the storyteller knows the condition. */
public enum Relationship {
    PATIENT,
    CAREGIVER,
    FAMILY_OR_FRIEND,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Relationship> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
