package org.salus.api;

import java.util.List;

/**
 * A page of articles. {@code total} counts every match of the filters; {@code next} is the
 * address of the following page (null on the last), stable while articles are published.
 */
public record ArticleList(List<ArticleSummary> items, int total, int limit, String next) {
}
