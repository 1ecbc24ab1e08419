package org.salus.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The reviewed article section that backs a quiz answer: {@code url} is that section on its topic page. */
public record ReadMore(
        @Schema(description = "The article's slug") String slug,

        @Schema(description = "The section's anchor on the topic page")
        String anchor,

        @Schema(description = "The link text") String text,
        String url) {}
