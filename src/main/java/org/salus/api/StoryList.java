package org.salus.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of a question's published stories, newest first; {@code next} is null on the last page. */
public record StoryList(
        String article,
        String question,
        List<StoryItem> items,
        int total,
        int offset,
        int limit,

        @Schema(
                types = {"string", "null"},
                description = "The following page; null on the last")
        String next) {}
