package org.salus.article;

import java.util.List;

import org.salus.web.EncodedHtml;

/**
 * The parts of a topic page that depend only on the published content and the site's address:
 * built once per publication and reused for every reader.
 *
 * @param related      "must read" teasers, already cut to length
 * @param sectionBodies each section's HTML in the order of {@code article.sections()}, encoded once
 */
public record TopicView(
        PublishedArticle article,
        List<RelatedArticle> related,
        String canonicalUrl,
        String description,
        String jsonLd,
        List<EncodedHtml> sectionBodies) {

    static final int TEASER_LENGTH = 160;
    static final int DESCRIPTION_LENGTH = 160;

    /** A draft as the reader page would show it, for the editor's preview (no structured data). */
    public static TopicView preview(PublishedArticle draft, String baseUrl) {
        List<RelatedArticle> related = draft.related().stream()
                .map(r -> new RelatedArticle(r.articleId(), r.slug(), r.title(), Teaser.cut(r.teaser(), TEASER_LENGTH)))
                .toList();
        return new TopicView(
                draft,
                related,
                baseUrl + "/topics/" + draft.slug(),
                Teaser.cut(draft.summary(), DESCRIPTION_LENGTH),
                "{}",
                bodies(draft));
    }

    static TopicView of(PublishedArticle article, String baseUrl, String siteName) {
        String url = baseUrl + "/topics/" + article.slug();
        List<RelatedArticle> related = article.related().stream()
                .map(r -> new RelatedArticle(r.articleId(), r.slug(), r.title(), Teaser.cut(r.teaser(), TEASER_LENGTH)))
                .toList();
        return new TopicView(
                article,
                related,
                url,
                Teaser.cut(article.summary(), DESCRIPTION_LENGTH),
                MedicalWebPageJsonLd.of(article, url, siteName),
                bodies(article));
    }

    private static List<EncodedHtml> bodies(PublishedArticle article) {
        return article.sections().stream()
                .map(section -> EncodedHtml.of(section.html()))
                .toList();
    }
}
