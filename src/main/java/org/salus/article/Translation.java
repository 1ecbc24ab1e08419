package org.salus.article;

/** A published article that is the same topic in another language: the topic page links to it. */
public record Translation(String language, String slug, String title, long articleId) {}
