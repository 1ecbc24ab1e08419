package org.salus.article.content;

import java.time.LocalDate;

/**
 * The review record a content file carries. {@code nextDue} is empty when the file leaves it
 * to the review policy.
 */
public record ReviewClaim(
        String reviewer, String credentials, String specialty, LocalDate reviewed, LocalDate nextDue) {}
