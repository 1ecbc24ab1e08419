package org.salus.article;

import java.util.List;
import java.util.function.Function;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.salus.markdown.CalloutExtension;
import org.salus.markdown.CalloutKind;
import org.salus.markdown.CalloutTitle;

/**
 * Renders a section's Markdown to safe HTML. Runs once, when a revision is stored; the reader's
 * request only reads the result. Urgent-care callouts ({@code > [!emergency]}) get their headings
 * in the language this renderer was made for.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** English callout headings and the US emergency number. */
    public MarkdownRenderer() {
        this(CalloutTitles.defaults("en"));
    }

    MarkdownRenderer(Function<CalloutKind, CalloutTitle> calloutTitles) {
        List<org.commonmark.Extension> extensions =
                List.of(TablesExtension.create(), CalloutExtension.create(calloutTitles));
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

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
