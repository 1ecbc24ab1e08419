package org.salus.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that entered from outside (Markdown may contain raw HTML) down to a safelist of
 * text formatting, lists, tables, links, images and figures: no scripts, no event handlers, no
 * {@code javascript:} URLs, no styles.
 */
public final class HtmlSanitizer {

    // Relative links must survive cleaning; jsoup resolves them against this placeholder base
    // and then keeps them as written.
    private static final String BASE_URI = "https://salus.invalid/";

    // Figures are what org.salus.image makes of an image reference ({@code ![alt](image:slug)}):
    // the reference's own img (src "image:…") and the figure with its responsive sizes and caption.
    private final Safelist safelist = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addProtocols("img", "src", "image")
            .addTags("figure", "figcaption")
            .addAttributes("img", "srcset", "sizes", "loading", "decoding", "lang")
            .addAttributes("span", "lang")
            .preserveRelativeLinks(true);

    /** The cleaned HTML, with markup that is not on the safelist dropped and its text kept. */
    public String clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE_URI, safelist, output);
    }
}
