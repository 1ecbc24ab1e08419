package org.salus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.salus.article.ContentType;
import org.salus.article.Slugs;
import org.salus.article.TopicIndex;

/**
 * Parsing and limits of the API's query parameters. Each is length-limited before it is looked
 * at; a bad one is a {@link BadParameterException} that names it. Blank means "not given".
 */
final class ApiParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 10_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,39}");
    private static final Pattern LANGUAGE = Pattern.compile("en|es");

    private ApiParameters() {}

    /** "A"–"Z" or "0-9", or null. */
    static String letter(String value) {
        String v = given(value, "letter", 3);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (!TopicIndex.LETTERS.contains(upper)) {
            throw new BadParameterException("letter", "must be one letter A-Z or 0-9.");
        }
        return upper;
    }

    static ContentType type(String value) {
        String v = given(value, "type", 20);
        if (v == null) {
            return null;
        }
        ContentType type = ContentType.fromCode(v.toLowerCase(Locale.ROOT))
                .filter(known -> known != ContentType.PAGE) // governance pages are no health topics
                .orElseThrow(() -> new BadParameterException(
                        "type", "must be one of condition, symptom, test, treatment, living-with, faq."));
        if (type == ContentType.QUIZ) {
            // quizzes are not health topics (TopicListing): the list would always be empty
            throw new BadParameterException("type", "quizzes are listed at /api/v1/quizzes.");
        }
        return type;
    }

    static String language(String value) {
        String v = given(value, "language", 8);
        if (v == null) {
            return null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(lower).matches()) {
            throw new BadParameterException("language", "must be en or es.");
        }
        return lower;
    }

    static String code(String value) {
        String v = given(value, "code", 40);
        if (v != null && !CODE.matcher(v).matches()) {
            throw new BadParameterException("code", "must be a code of letters, digits, dots and hyphens.");
        }
        return v;
    }

    /** Code system as sent (an id such as ICD-10-CM or an OID); resolved by {@link CodeSystems}. */
    static String codeSystem(String value) {
        return given(value, "codeSystem", 64);
    }

    /** An ISO date (midnight UTC) or date-time with offset. */
    static Instant updatedSince(String value) {
        String v = given(value, "updatedSince", 40);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10
                    ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(
                    "updatedSince",
                    "must be an ISO-8601 date (2026-01-31) or date-time with offset (2026-01-31T08:00:00Z).");
        }
    }

    /** A slug to continue after (the {@code after} of a next link). */
    static String after(String value) {
        String v = given(value, "after", Slugs.MAX_LENGTH);
        if (v != null && !Slugs.isValid(v)) {
            throw new BadParameterException("after", "must be the slug of an article or term, as in a next link.");
        }
        return v;
    }

    /** The slug of an article a quiz is about ({@code about}). */
    static String about(String value) {
        String v = given(value, "about", Slugs.MAX_LENGTH);
        if (v != null && !Slugs.isValid(v)) {
            throw new BadParameterException("about", "must be the slug of a published article.");
        }
        return v;
    }

    static int limit(String value) {
        return number(value, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    static int offset(String value) {
        return number(value, "offset", 0, MAX_OFFSET, 0);
    }

    private static int number(String value, String name, int min, int max, int fallback) {
        String v = given(value, name, 6);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameterException(name, "must be a whole number from " + min + " to " + max + ".");
    }

    private static String given(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new BadParameterException(name, "is longer than " + maxLength + " characters.");
        }
        return v;
    }
}
