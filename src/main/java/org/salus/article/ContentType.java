package org.salus.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of page an article is; decides its structured data and how it is listed. */
public enum ContentType {
    CONDITION,
    SYMPTOM,
    TEST,
    TREATMENT,
    LIVING_WITH,
    FAQ,
    QUIZ;

    /** The lowercase, hyphenated form stored in the database and written in content files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ContentType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
