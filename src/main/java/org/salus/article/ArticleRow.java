package org.salus.article;

import java.time.Instant;

/** The identity of an article as stored, with its publication pointer (null when unpublished). */
public record ArticleRow(
        long id,
        String slug,
        String language,
        ContentType contentType,
        Long publishedRevisionId,
        Instant publishedAt) {}
