package org.salus.api;

import java.time.Instant;
import java.util.List;

/**
 * One quiz in a list. {@code about} names the slugs of the articles the quiz belongs to (its
 * topic); {@code reviewStatus} is {@code reviewed} or {@code syndicated}, as for articles.
 */
public record QuizSummary(
        String slug,
        String title,
        String summary,
        String language,
        int questionCount,
        List<String> about,
        String reviewStatus,
        Instant updatedAt,
        String url,
        String apiUrl) {}
