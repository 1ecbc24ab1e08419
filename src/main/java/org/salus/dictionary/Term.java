package org.salus.dictionary;

import java.util.List;

/**
 * A dictionary entry as readers see it. {@code linkable} false: too common to link from articles.
 * {@code translationOf}: the id of the English term this one translates (a term file's
 * {@code translation:}); null for English terms and terms that translate none.
 */
public record Term(
        long id,
        String slug,
        String language,
        String name,
        String pronunciation,
        String definitionHtml,
        String shortDefinition,
        boolean linkable,
        String source,
        String licence,
        List<String> synonyms,
        Long translationOf) {

    /** Whether {@code other} is this term in another language: its original or one of its translations. */
    public boolean sameGroupAs(Term other) {
        return other.id() != id
                && (Long.valueOf(id).equals(other.translationOf())
                        || Long.valueOf(other.id()).equals(translationOf));
    }
}
