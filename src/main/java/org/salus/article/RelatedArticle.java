package org.salus.article;

/**
 * A "must read" link: another published article with its teaser.
 *
 * @param articleId the linked article, so a page can name what it shows (its CDN keys)
 */
public record RelatedArticle(long articleId, String slug, String title, String teaser) {}
