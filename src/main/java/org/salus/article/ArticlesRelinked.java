package org.salus.article;

/** Published pages were rendered again with new links; caches drop them. */
public record ArticlesRelinked(int sections) {
}
