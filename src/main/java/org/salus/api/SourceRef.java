package org.salus.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where the article's facts come from. */
public record SourceRef(
        String organisation,
        String title,
        @Schema(types = {"string", "null"}) String url,

        @Schema(
                types = {"string", "null"},
                format = "date")
        LocalDate accessedOn) {}
