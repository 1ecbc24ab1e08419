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
    QUIZ,
    /**
     * A governance page (About, editorial policy, privacy notice...): written, approved and
     * published like any article, but read at its own address under {@code /about} and kept out
     * of every list of health content ({@link TopicListing}).
     */
    PAGE;

    /** The lowercase, hyphenated form stored in the database and written in content files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ContentType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
