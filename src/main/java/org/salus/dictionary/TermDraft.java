package org.salus.dictionary;

import java.util.List;

/**
 * A term as a file or an importer supplies it, before it is stored.
 *
 * @param translationOf for a term not in English, the slug of the English term it translates, or
 *                      {@code null}; linked when the terms are saved (an unknown slug links nothing)
 */
public record TermDraft(
        String slug,
        String language,
        String name,
        String pronunciation,
        String definitionMarkdown,
        List<String> synonyms,
        List<String> relatedTerms,
        List<String> relatedArticles,
        boolean linkable,
        String source,
        String licence,
        String sourceId,
        String translationOf) {

    public TermDraft {
        synonyms = List.copyOf(synonyms);
        relatedTerms = List.copyOf(relatedTerms);
        relatedArticles = List.copyOf(relatedArticles);
    }

    /** A term that is no translation. */
    public TermDraft(
            String slug,
            String language,
            String name,
            String pronunciation,
            String definitionMarkdown,
            List<String> synonyms,
            List<String> relatedTerms,
            List<String> relatedArticles,
            boolean linkable,
            String source,
            String licence,
            String sourceId) {
        this(
                slug,
                language,
                name,
                pronunciation,
                definitionMarkdown,
                synonyms,
                relatedTerms,
                relatedArticles,
                linkable,
                source,
                licence,
                sourceId,
                null);
    }
}
