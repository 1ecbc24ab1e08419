package org.salus.dictionary.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The DOM walk behind {@link TermLinker}, in one pass over a fragment: the text nodes in which a
 * term may be linked, in document order (text inside links, headings, code and earlier term
 * markup is left out); the dictionary slugs the fragment already links to; and whether the parser
 * left every node where its source is.
 */
final class LinkableText implements NodeVisitor {

    /** Elements whose text is never linked: links, headings, code, and anything that is not prose. */
    private static final Set<String> SKIPPED = Set.of(
            "a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "script", "style", "textarea");

    private final Element root;
    private final List<TextNode> texts = new ArrayList<>();
    private final Set<String> linkedSlugs = new HashSet<>();
    private boolean inSourceOrder = true;
    private int lastStart;
    private int skipping; // how many skipped elements the walk is inside

    private LinkableText(Element root) {
        this.root = root;
    }

    static LinkableText in(Element root) {
        LinkableText walk = new LinkableText(root);
        root.traverse(walk);
        return walk;
    }

    /** The text nodes in which a term may be linked, in document order. */
    List<TextNode> texts() {
        return texts;
    }

    /** Slugs of the {@code <a href="/dictionary/{slug}">} links anywhere in the fragment. */
    Set<String> linkedSlugs() {
        return linkedSlugs;
    }

    /**
     * Whether every node is where its source is. The parser moves nothing in sanitised HTML, but
     * may in other HTML: text found inside a table goes before it, misnested formatting is cloned.
     */
    boolean inSourceOrder() {
        return inSourceOrder;
    }

    @Override
    public void head(Node node, int depth) {
        Range source = node.sourceRange();
        if (source.isTracked()) {
            inSourceOrder &= source.startPos() >= lastStart;
            lastStart = source.startPos();
        }
        if (node instanceof Element element && node != root) {
            String href = element.nameIs("a") ? element.attr("href") : "";
            if (href.startsWith(TermLinker.DICTIONARY_PATH)) {
                linkedSlugs.add(href.substring(TermLinker.DICTIONARY_PATH.length()));
            }
            if (isSkipped(element)) {
                skipping++;
            }
        } else if (node instanceof TextNode text && skipping == 0 && !text.isBlank()) {
            texts.add(text);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && node != root && isSkipped(element)) {
            skipping--;
        }
    }

    private static boolean isSkipped(Element element) {
        return SKIPPED.contains(element.normalName())
                || element.normalName().equals("span") && element.hasClass(TermLinker.TERM_CLASS);
    }
}
