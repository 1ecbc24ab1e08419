package org.salus.article;

/** An article was taken off the site; caches drop it. */
public record ArticleRetiredEvent(long articleId, String slug) {
}
