package org.salus.article;

/**
 * One line of the A–Z index: an article under its title, or under one of its other names
 * ({@code alternateName} true), which then points to the article's title, as in "Hypertension, see
 * High Blood Pressure".
 */
public record IndexEntry(
        String name, String slug, String title, ContentType contentType, String summary, boolean alternateName) {}
