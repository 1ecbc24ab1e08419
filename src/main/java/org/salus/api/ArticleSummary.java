package org.salus.api;

import java.time.Instant;

/**
 * One article in a list. {@code reviewStatus} is {@code reviewed} (approved by this site's
 * medical reviewer) or {@code syndicated} (the source's own text, not reviewed here).
 */
public record ArticleSummary(
        String slug,
        String title,
        String summary,
        String language,
        String contentType,
        String reviewStatus,
        Instant updatedAt,
        String url,
        String apiUrl) {}
