package org.salus.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One question of a quiz. {@code kind} is {@code single} (one right option), {@code multiple}
 * (one or more) or {@code true-false}; the explanation is given as reviewed (Markdown) and as the
 * HTML rendered and sanitised from it, like a section's text.
 */
public record QuizQuestion(
        @Schema(description = "1, 2, ...: the question's place in the quiz")
        int number,

        @Schema(allowableValues = {"single", "multiple", "true-false"})
        String kind,

        @Schema(description = "Plain text") String prompt,
        List<QuizOption> options,
        String explanationMarkdown,
        String explanationHtml,
        ReadMore readMore) {}
