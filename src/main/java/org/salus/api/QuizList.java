package org.salus.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of published quizzes, in slug order. {@code total} counts every match of the filters;
 * {@code next} is the address of the following page (null on the last).
 */
public record QuizList(
        List<QuizSummary> items,
        int total,
        int limit,

        @Schema(
                types = {"string", "null"},
                description = "The following page; null on the last")
        String next) {}
