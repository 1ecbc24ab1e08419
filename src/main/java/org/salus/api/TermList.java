package org.salus.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of dictionary terms; {@code next} is null on the last page. */
public record TermList(
        List<TermSummary> items,
        int total,
        int limit,

        @Schema(
                types = {"string", "null"},
                description = "The following page; null on the last")
        String next) {}
