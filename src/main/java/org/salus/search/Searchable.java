package org.salus.search;

import java.util.List;

/**
 * One thing readers can find, as the index stores it: a published article or a live dictionary
 * term, in plain text (never HTML). A payload for the index, separate from the database rows it
 * is read from.
 *
 * @param key       {@code article:ID} or {@code term:ID}, unique in the index
 * @param type      the article's content type code, or {@code term}
 * @param headings  the section headings, one per line
 * @param body      the plain text of the sections (or the definition)
 * @param codes     {@code SYSTEM|CODE} pairs, e.g. {@code ICD-10-CM|E11}
 */
public record Searchable(
        String key,
        Kind kind,
        String language,
        String type,
        String slug,
        String title,
        List<String> alsoCalled,
        String summary,
        String headings,
        String body,
        List<String> codes) {

    /** The two kinds of result, which are also a facet. */
    public enum Kind {
        ARTICLE("article"),
        TERM("term");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            return null;
        }
    }

    public String url() {
        return (kind == Kind.ARTICLE ? "/topics/" : "/dictionary/") + slug;
    }
}
