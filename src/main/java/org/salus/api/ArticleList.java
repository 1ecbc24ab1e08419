package org.salus.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of articles. {@code total} counts every match of the filters; {@code next} is the
 * address of the following page (null on the last), stable while articles are published.
 */
public record ArticleList(
        List<ArticleSummary> items,
        int total,
        int limit,

        @Schema(
                types = {"string", "null"},
                description = "The following page; null on the last")
        String next) {}
