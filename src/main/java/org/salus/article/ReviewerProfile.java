package org.salus.article;

/** A medical reviewer's public profile, shown at {@code /reviewers/{slug}} and linked from review lines. */
public record ReviewerProfile(
        long id, String slug, String name, String credentials, String specialty, String bio, Long userId) {}
