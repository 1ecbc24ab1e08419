package org.salus.article;

import java.util.List;

import org.salus.web.PageContext;

/**
 * The model of {@code topic/topic.jte}.
 *
 * @param overdue  the next review date has passed: the page says so
 * @param related  "must read" teasers, already cut to length
 */
public record TopicPage(PageContext ctx, PublishedArticle article, boolean overdue, List<RelatedArticle> related,
        String canonicalUrl, String description, String jsonLd) {

    static final int TEASER_LENGTH = 160;
    static final int DESCRIPTION_LENGTH = 160;

    static TopicPage of(PageContext ctx, PublishedArticle article, boolean overdue) {
        String url = ctx.absolute("/topics/" + article.slug());
        List<RelatedArticle> related = article.related().stream()
                .map(r -> new RelatedArticle(r.slug(), r.title(), Teaser.cut(r.teaser(), TEASER_LENGTH)))
                .toList();
        return new TopicPage(ctx, article, overdue, related, url, Teaser.cut(article.summary(), DESCRIPTION_LENGTH),
                MedicalWebPageJsonLd.of(article, url, ctx.site().name()));
    }
}
