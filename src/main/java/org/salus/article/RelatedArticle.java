package org.salus.article;

/** A "must read" link: another published article with its teaser. */
public record RelatedArticle(String slug, String title, String teaser) {}
