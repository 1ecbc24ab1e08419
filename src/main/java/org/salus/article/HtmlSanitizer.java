package org.salus.article;

import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML that entered from outside (Markdown may contain raw HTML) down to a safelist of
 * text formatting, lists, tables, links, images and figures: no scripts, no event handlers, no
 * {@code javascript:} URLs, no styles. Urgent-care callouts keep exactly the attributes their
 * renderer writes ({@code org.salus.markdown.CalloutExtension}), each only with the values it writes,
 * and {@code tel:} links for their phone numbers.
 */
public final class HtmlSanitizer {

    // Relative links must survive cleaning; jsoup resolves them against this placeholder base
    // and then keeps them as written.
    private static final String BASE_URI = "https://salus.invalid/";

    /** Tag → attribute → the values a callout may carry (null: any value, e.g. its localised label). */
    private static final Map<String, Map<String, Set<String>>> CALLOUT_VALUES = Map.of(
            "div",
            Map.of(
                    "class",
                    Set.of("callout callout-emergency", "callout callout-urgent", "callout callout-info"),
                    "role",
                    Set.of("note")),
            "h3",
            Map.of("class", Set.of("callout-title")),
            "span",
            Map.of("class", Set.of("callout-icon"), "aria-hidden", Set.of("true")));

    private final Safelist safelist = new CalloutSafelist();

    /** The cleaned HTML, with markup that is not on the safelist dropped and its text kept. */
    public String clean(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE_URI, safelist, output);
    }

    /** The relaxed safelist, plus the callout attributes with only their own values. */
    private static final class CalloutSafelist extends Safelist {

        CalloutSafelist() {
            super(Safelist.relaxed().removeProtocols("a", "href", "ftp").preserveRelativeLinks(true));
            addAttributes("div", "class", "role", "aria-label");
            addAttributes("h3", "class");
            addAttributes("span", "class", "aria-hidden");
            addProtocols("a", "href", "tel");
            // Figures are what org.salus.image makes of an image reference ({@code ![alt](image:slug)}):
            // the reference's own img (src "image:…") and the figure with its responsive sizes and caption.
            addProtocols("img", "src", "image");
            addTags("figure", "figcaption");
            addAttributes("img", "srcset", "sizes", "loading", "decoding", "lang");
            addAttributes("span", "lang");
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (!super.isSafeAttribute(tagName, element, attribute)) {
                return false;
            }
            if (tagName.equals("div") && attribute.getKey().equals("aria-label")) {
                return "note".equals(element.attr("role"));
            }
            Set<String> allowed = CALLOUT_VALUES.getOrDefault(tagName, Map.of()).get(attribute.getKey());
            return allowed == null || allowed.contains(attribute.getValue());
        }
    }
}
