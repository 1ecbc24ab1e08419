package org.salus.article;

import java.util.List;

/**
 * A block that another feature adds below a topic page's article, such as the questions readers
 * answer with their stories. Texts are message keys, so the page stays in its reader's language.
 *
 * @param version changes whenever the panel's content does; part of the page's ETag
 * @param cdnKeys the CDN keys of what the panel shows ({@code org.salus.cdn.CdnKeys}), which the
 *                topic page names in its {@code Surrogate-Key} header
 */
public record TopicPanel(
        String id,
        String headingKey,
        String introKey,
        String introArgument,
        List<Item> items,
        String version,
        List<String> cdnKeys) {

    public TopicPanel {
        cdnKeys = List.copyOf(cdnKeys);
    }

    /** One link of the panel, with an optional count ("3 stories"). */
    public record Item(String href, String title, String text, int count, String countKey) {}
}
