package org.salus.article;

/**
 * An article now shows a different revision to readers. Caches, and later the search index and
 * feeds, listen for it; {@code article} itself knows none of them.
 */
public record ArticlePublishedEvent(long articleId, String slug, long revisionId) {
}
