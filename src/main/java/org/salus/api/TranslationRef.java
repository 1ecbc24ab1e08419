package org.salus.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The same article, quiz or dictionary term in another language: a published, not retired member
 * of its translation group (an article's {@code translation_of}, a term's {@code translation}).
 */
public record TranslationRef(
        @Schema(description = "ISO 639-1 code, e.g. es") String language,
        String slug,

        @Schema(description = "The article's or quiz's title, the term's name")
        String title,

        @Schema(description = "The page readers read it on") String url,
        @Schema(description = "Its address in this API") String apiUrl) {}
