package org.salus.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** An answer option: {@code key} is its letter ({@code a}, {@code b}, ...), as the quiz form sends it. */
public record QuizOption(
        String key, @Schema(description = "Plain text") String text, boolean correct) {}
