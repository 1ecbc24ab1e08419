package org.salus.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A live dictionary term with its sanitised definition. {@code translations}: the term in other
 * languages, its English original or its translations (empty, never null, when it has none).
 */
public record TermDetail(
        String slug,
        String name,
        String language,
        @Schema(types = {"string", "null"}) String pronunciation,
        List<String> synonyms,
        String shortDefinition,
        String definitionHtml,
        String source,

        @Schema(
                types = {"string", "null"},
                description = "Null when the source states none")
        String licence,

        String url,

        @Schema(description = "The same term in other languages, live; empty when none")
        List<TranslationRef> translations) {}
