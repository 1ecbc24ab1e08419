package org.salus.article;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders a section's Markdown to safe HTML. Runs once, when a revision is stored; the reader's
 * request only reads the result.
 */
public final class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /**
     * The sanitised HTML of a section body. Headings inside a body are demoted below the
     * section's own {@code <h2>}, so the page outline stays correct whatever the writer typed.
     */
    public String render(String markdown) {
        String clean = sanitizer.clean(renderer.render(parser.parse(markdown)));
        Document body = Jsoup.parseBodyFragment(clean);
        body.outputSettings().prettyPrint(false);
        for (Element heading : body.select("h1, h2")) {
            heading.tagName("h3");
        }
        for (Element table : body.select("table")) {
            // A wide table scrolls inside its own box instead of widening the page at 200% zoom.
            table.wrap("<div class=\"table-scroll\"></div>");
        }
        return body.body().html();
    }
}
