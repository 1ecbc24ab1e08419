package org.salus.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The aspect of a condition that a section covers. Typed sections let the page, the API and
 * later the Infobutton endpoint pick "symptoms" or "treatment" out of any article.
 */
public enum SectionType {
    OVERVIEW,
    CAUSES,
    SYMPTOMS,
    DIAGNOSIS,
    TREATMENT,
    PREVENTION,
    WHEN_TO_SEEK_CARE,
    LIVING_WITH,
    OTHER;

    /** The lowercase, hyphenated form stored in the database and written in content files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SectionType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
