package org.salus.dictionary;

import java.util.List;

/** A term as a file or an importer supplies it, before it is stored. */
public record TermDraft(String slug, String language, String name, String pronunciation, String definitionMarkdown,
        List<String> synonyms, List<String> relatedTerms, List<String> relatedArticles, boolean linkable,
        String source, String licence, String sourceId) {

    public TermDraft {
        synonyms = List.copyOf(synonyms);
        relatedTerms = List.copyOf(relatedTerms);
        relatedArticles = List.copyOf(relatedArticles);
    }
}
