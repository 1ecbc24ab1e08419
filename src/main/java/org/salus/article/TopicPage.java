package org.salus.article;

import org.salus.web.PageContext;

/**
 * The model of {@code topic/topic.jte}: the shared view of the article plus this request's
 * context.
 *
 * @param overdue the next review date has passed: the page says so
 */
public record TopicPage(PageContext ctx, TopicView view, boolean overdue) {

    public PublishedArticle article() {
        return view.article();
    }
}
