package org.salus.dictionary.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The DOM walk behind {@link TermLinker}: the text nodes of a fragment in which a term may be
 * linked, in document order. Text inside links, headings, code and earlier term markup is left out.
 */
final class LinkableText {

    /** Elements whose text is never linked: links, headings, code, and anything that is not prose. */
    private static final Set<String> SKIPPED = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6",
            "code", "pre", "kbd", "samp", "script", "style", "textarea");

    private LinkableText() {
    }

    static List<TextNode> in(Element root) {
        List<TextNode> found = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && node != root && isSkipped(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && !text.isBlank()) {
                    found.add(text);
                }
                return FilterResult.CONTINUE;
            }
        });
        return found;
    }

    private static boolean isSkipped(Element element) {
        return SKIPPED.contains(element.normalName())
                || element.normalName().equals("span") && element.hasClass(TermLinker.TERM_CLASS);
    }
}
