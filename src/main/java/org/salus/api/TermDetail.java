package org.salus.api;

import java.util.List;

/** A live dictionary term with its sanitised definition. */
public record TermDetail(String slug, String name, String language, String pronunciation, List<String> synonyms,
        String shortDefinition, String definitionHtml, String source, String licence, String url) {
}
