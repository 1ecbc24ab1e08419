package org.salus.dictionary;

import java.util.List;

/** A dictionary entry as readers see it. {@code linkable} false: too common to link from articles. */
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
        List<String> synonyms) {}
