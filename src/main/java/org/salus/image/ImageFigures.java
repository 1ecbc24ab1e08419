package org.salus.image;

import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.salus.article.HtmlSanitizer;
import org.salus.article.SectionLinker;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown image reference {@code ![alt text](image:slug "Caption")} into a figure when
 * a revision is stored: {@code <figure><img src srcset sizes width height alt><figcaption>Caption —
 * credit, licence</figcaption></figure>}. The alt text and caption are the article's own words
 * (in its language, reviewed with its text); when the Markdown leaves them empty the library's
 * English ones are used, marked {@code lang="en"}. The credit and licence always come from the
 * library. A slug the library does not hold yet shows the alt text, until the upload re-renders
 * the page. The result passes through the article sanitiser, whose safelist allows exactly this.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before the dictionary's links, which must not be cleaned again
class ImageFigures implements SectionLinker {

    static final String PREFIX = "image:";

    /** Figures fill the text column (about 40rem) and the whole width of a phone. */
    static final String SIZES = "(min-width: 44rem) 40rem, 100vw";

    private final ImageLibrary library;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    ImageFigures(ImageLibrary library) {
        this.library = library;
    }

    @Override
    public String link(String html, String anchor) {
        if (!html.contains("src=\"" + PREFIX)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img[src^=" + PREFIX + "]")) {
            String slug = img.attr("src").substring(PREFIX.length());
            Optional<ImageInfo> image = library.find(slug);
            if (image.isEmpty()) {
                img.replaceWith(new TextNode(img.attr("alt")));
                continue;
            }
            Element figure = figure(
                    image.get(), img.attr("alt").strip(), img.attr("title").strip());
            Element paragraph = img.parent();
            // Markdown puts an image in a paragraph; a figure may not be inside one.
            if (paragraph != null
                    && paragraph.tagName().equals("p")
                    && paragraph.text().isBlank()
                    && paragraph.childrenSize() == 1) {
                paragraph.replaceWith(figure);
            } else {
                img.replaceWith(figure);
            }
        }
        return sanitizer.clean(doc.body().html());
    }

    static Element figure(ImageInfo image, String alt, String caption) {
        ImageInfo.Size largest = image.largest();
        Element figure = new Element("figure");
        Element img = figure.appendElement("img")
                .attr("src", largest.url())
                .attr("srcset", image.srcset())
                .attr("sizes", SIZES)
                .attr("width", String.valueOf(largest.width()))
                .attr("height", String.valueOf(largest.height()))
                .attr("alt", alt.isEmpty() ? image.altEn() : alt)
                .attr("loading", "lazy")
                .attr("decoding", "async");
        if (alt.isEmpty()) {
            img.attr("lang", "en");
        }
        Element figcaption = figure.appendElement("figcaption");
        String words = caption.isEmpty() ? image.captionEn() : caption;
        if (!words.isEmpty()) {
            Element text = figcaption.appendElement("span").text(words);
            if (caption.isEmpty()) {
                text.attr("lang", "en");
            }
            figcaption.appendText(" — ");
        }
        figcaption.appendText(image.credit() + ", " + image.licence());
        return figure;
    }
}
