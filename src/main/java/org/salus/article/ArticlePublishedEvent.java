package org.salus.article;

/**
 * An article now shows a different revision to readers. Caches, and later the search index and
 * feeds, listen for it; {@code article} itself knows none of them. The previous revision is null
 * at first publication. Also sent when the same revision gets a new review or the article is retired.
 */
public record ArticlePublishedEvent(long articleId, String slug, long revisionId, Long previousRevisionId) {
}
