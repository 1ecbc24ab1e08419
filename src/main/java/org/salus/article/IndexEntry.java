package org.salus.article;

/**
 * One line of the A–Z index: an article under its title, or under one of its other names
 * ({@code alternateName} true), which then points to the article's title, as in "Hypertension, see
 * High Blood Pressure". {@code language} is the article's (ISO 639-1), so each language's A–Z
 * lists its own articles.
 */
public record IndexEntry(
        String name,
        String slug,
        String title,
        ContentType contentType,
        String summary,
        boolean alternateName,
        String language) {}
