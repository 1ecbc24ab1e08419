package org.salus.article;

import java.time.Instant;

/**
 * One published article in a listing: what a partner needs to choose it, without its sections.
 *
 * @param syndicated true when the published revision is the source's text, not reviewed here
 */
public record PublishedListing(
        String slug,
        String language,
        ContentType contentType,
        String title,
        String summary,
        Instant publishedAt,
        boolean syndicated) {}
