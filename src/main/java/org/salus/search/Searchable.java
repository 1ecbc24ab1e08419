package org.salus.search;

import java.util.List;

import org.salus.article.ContentType;
import org.salus.article.TopicListing;

/**
 * One thing readers can find, as the index stores it: a published article, a published quiz or a
 * live dictionary term, in plain text (never HTML). A payload for the index, separate from the database rows it
 * is read from.
 *
 * @param key       {@code article:ID} (quizzes too: a quiz is an article) or {@code term:ID}, unique in the index
 * @param type      the article's content type code, or {@code term}
 * @param headings  the section headings, one per line
 * @param body      the plain text of the sections (or the definition); for a quiz, then its
 *                  question prompts, one per line (never its options, answers or explanations)
 * @param codes     {@code SYSTEM|CODE} pairs, e.g. {@code ICD-10-CM|E11}
 * @param source    who published a syndicated article's text (its attribution, "National Heart, Lung,
 *                  and Blood Institute (NHLBI), via MedQuAD"), null for the site's own articles and for terms
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
        List<String> codes,
        String source) {

    /** A thing of the site's own (no outside source). */
    public Searchable(
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
        this(key, kind, language, type, slug, title, alsoCalled, summary, headings, body, codes, null);
    }

    /** The kinds of result, which are also a facet, each with the address its pages live under. */
    public enum Kind {
        ARTICLE("article", TopicListing.TOPIC_PREFIX),
        QUIZ("quiz", TopicListing.QUIZ_PREFIX),
        TERM("term", "/dictionary/");

        private final String code;
        private final String prefix;

        Kind(String code, String prefix) {
            this.code = code;
            this.prefix = prefix;
        }

        public String code() {
            return code;
        }

        /** The reader's address of the page with this slug. */
        public String path(String slug) {
            return prefix + slug;
        }

        /** An article's kind: a quiz is found as a quiz, everything else as a health topic. */
        static Kind ofArticle(String contentType) {
            return ContentType.QUIZ.code().equals(contentType) ? QUIZ : ARTICLE;
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
        return kind.path(slug);
    }
}
