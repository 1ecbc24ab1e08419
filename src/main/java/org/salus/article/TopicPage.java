package org.salus.article;

import org.salus.web.PageContext;

/**
 * The model of {@code topic/topic.jte}: the shared view of the article plus this request's
 * context.
 *
 * @param overdue the next review date has passed: the page says so
 * @param panels  blocks other features add below the article (readers' stories)
 * @param translations the same topic in other languages, linked under the title
 */
public record TopicPage(
        PageContext ctx,
        TopicView view,
        boolean overdue,
        java.util.List<TopicPanel> panels,
        java.util.List<Translation> translations) {

    public PublishedArticle article() {
        return view.article();
    }
}
