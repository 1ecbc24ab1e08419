package org.salus.article;

import java.util.List;

import org.salus.web.PageContext;

/**
 * What a governance page's template shows.
 *
 * @param canonical  the page's absolute address
 * @param jsonLd     its schema.org description, safe inside a {@code <script>} element
 * @param alternates the page and its published translations, for {@code hreflang}; empty without translations
 */
public record GovernancePage(
        PageContext ctx, PublishedArticle article, String canonical, String jsonLd, List<Alternate> alternates) {

    /** One language's address of the page. */
    public record Alternate(String language, String href) {}
}
