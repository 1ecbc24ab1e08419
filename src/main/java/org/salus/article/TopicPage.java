package org.salus.article;

import org.salus.web.PageContext;

/**
 * The model of {@code topic/topic.jte}: the shared view of the article plus this request's
 * context.
 *
 * @param overdue the next review date has passed: the page says so
 * @param panels  blocks other features add below the article (readers' stories)
 * @param translations the same topic in other languages, linked under the title
 * @param behind       this translation's original has a newer clinical revision (null when fresh)
 */
public record TopicPage(
        PageContext ctx,
        TopicView view,
        boolean overdue,
        java.util.List<TopicPanel> panels,
        java.util.List<Translation> translations,
        TranslationFreshness.Behind behind) {

    public PublishedArticle article() {
        return view.article();
    }
}
