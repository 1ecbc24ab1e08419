package org.salus.search;

import java.util.List;

/** The names of the index's fields. */
final class Fields {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String LANGUAGE = "lang";
    static final String TYPE = "type";
    static final String SLUG = "slug";
    static final String TITLE_STORED = "title";
    static final String ALSO_STORED = "also";
    static final String SUMMARY_STORED = "summary";
    /** A syndicated article's attribution, stored only: results that share a title show it. */
    static final String SOURCE = "source";
    /** 1 for a syndicated article (doc values): scored a little below the site's own reviewed ones. */
    static final String SYNDICATED = "syndicated";
    /** The duplicate key ({@link Duplicates#key}) as doc values: exact duplicates fold into one result. */
    static final String SAME_AS = "same_as";
    /** How many distinct codes the document carries (doc values). */
    static final String CODE_COUNT = "code_count";
    /** Codes as written ({@code E11.9}) and with their system ({@code ICD-10-CM|E11.9}), upper case. */
    static final String CODE = "code";
    /** Every ICD-10-CM ancestor of the document's codes ({@code E11} for {@code E11.9}). */
    static final String CODE_ANCESTOR = "code_parent";
    /** Plain words of the names and text, for spelling suggestions. */
    static final String SPELL = "spell";
    /** Word starts of the names, for type-ahead. */
    static final String PREFIX = "prefix";

    static final String TITLE = "title";
    static final String ALSO = "also";
    static final String HEADINGS = "head";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final List<String> TEXT = List.of(TITLE, ALSO, HEADINGS, SUMMARY, BODY);

    private Fields() {}

    /** The analysed field of one language, e.g. {@code title_en}. */
    static String text(String field, String language) {
        return field + "_" + language;
    }
}
