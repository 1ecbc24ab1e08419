package org.salus.article;

import java.time.Instant;

/**
 * A published article found by one of its codes: what a knowledge request (HL7 Infobutton)
 * answers with, and the code of the article that matched, as stored. {@code reviewed}: its
 * published revision was approved by this site's medical reviewers (false: syndicated as the
 * source's own text).
 */
public record CodedArticle(
        String slug,
        String language,
        String title,
        String summary,
        Instant publishedAt,
        String code,
        String display,
        boolean reviewed) {}
