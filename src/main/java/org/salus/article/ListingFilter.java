package org.salus.article;

import java.time.Instant;

/**
 * What a listing of published articles is narrowed to; a null field does not narrow it.
 *
 * @param letter       "A"–"Z" or {@link TopicIndex#DIGITS}: the first character of the slug, which is
 *                     the title without accents
 * @param codeSystem   a {@code code_system} id such as "ICD-10-CM"; set together with {@code code}
 * @param code         matched as written or without its dot ("E119" finds "E11.9")
 * @param updatedSince articles published (first or again) at or after this instant
 */
public record ListingFilter(
        String language, ContentType type, String letter, String codeSystem, String code, Instant updatedSince) {

    public static final ListingFilter NONE = new ListingFilter(null, null, null, null, null, null);
}
