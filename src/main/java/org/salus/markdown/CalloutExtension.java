package org.salus.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Urgent-care callouts in the GitHub-alert style: a block quote whose first line is {@code [!emergency]},
 * {@code [!urgent]} or {@code [!info]} renders as a box with a visible heading per kind and an icon, so
 * the kind is never told by colour alone. commonmark-java has no alerts extension on Maven Central at the
 * version used here, so this is a small post-processor over block quotes. Any other block quote, and an
 * unknown {@code [!word]}, stay block quotes.
 *
 * <pre>{@code
 * <div class="callout callout-emergency" role="note" aria-label="Call 911 now">
 * <h3 class="callout-title"><span class="callout-icon" aria-hidden="true">!</span>Call <a href="tel:911">911</a> now</h3>
 * <p>…body…</p>
 * </div>
 * }</pre>
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private static final Pattern MARKER = Pattern.compile("^\\[!([A-Za-z]+)\\]\\s*");
    private static final Map<CalloutKind, String> ICONS =
            Map.of(CalloutKind.EMERGENCY, "!", CalloutKind.URGENT, "!", CalloutKind.INFO, "i");

    private final Function<CalloutKind, CalloutTitle> titles;

    private CalloutExtension(Function<CalloutKind, CalloutTitle> titles) {
        this.titles = titles;
    }

    /** The extension, with the heading each kind shows in the language being rendered. */
    public static Extension create(Function<CalloutKind, CalloutTitle> titles) {
        return new CalloutExtension(titles);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessor(new CalloutFinder());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer) {
        renderer.nodeRendererFactory(context -> new CalloutRenderer(context, titles));
    }

    /** Turns each block quote that starts with a known marker into a {@link Callout}. */
    private static final class CalloutFinder extends AbstractVisitor implements PostProcessor {

        @Override
        public Node process(Node document) {
            document.accept(this);
            return document;
        }

        @Override
        public void visit(BlockQuote quote) {
            visitChildren(quote);
            if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) {
                return;
            }
            Matcher marker = MARKER.matcher(text.getLiteral());
            if (!marker.find()) {
                return;
            }
            CalloutKind.fromCode(marker.group(1)).ifPresent(kind -> replace(quote, first, text, marker.end(), kind));
        }

        private static void replace(BlockQuote quote, Paragraph first, Text text, int markerEnd, CalloutKind kind) {
            String rest = text.getLiteral().substring(markerEnd);
            if (rest.isEmpty()) {
                Node next = text.getNext();
                text.unlink();
                if (next instanceof SoftLineBreak || next instanceof HardLineBreak) {
                    next.unlink();
                }
            } else {
                text.setLiteral(rest);
            }
            if (first.getFirstChild() == null) {
                first.unlink();
            }
            Callout callout = new Callout(kind);
            for (Node child = quote.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                callout.appendChild(child);
                child = next;
            }
            quote.insertBefore(callout);
            quote.unlink();
        }
    }

    /** Writes a {@link Callout} as its box, heading first. */
    private static final class CalloutRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Function<CalloutKind, CalloutTitle> titles;

        CalloutRenderer(HtmlNodeRendererContext context, Function<CalloutKind, CalloutTitle> titles) {
            this.context = context;
            this.html = context.getWriter();
            this.titles = titles;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Callout.class);
        }

        @Override
        public void render(Node node) {
            Callout callout = (Callout) node;
            CalloutTitle title = titles.apply(callout.kind());
            html.line();
            html.tag(
                    "div",
                    attributes(
                            "class",
                            "callout callout-" + callout.kind().code(),
                            "role",
                            "note",
                            "aria-label",
                            title.text()));
            html.line();
            html.tag("h3", attributes("class", "callout-title"));
            html.tag("span", attributes("class", "callout-icon", "aria-hidden", "true"));
            html.text(ICONS.get(callout.kind()));
            html.tag("/span");
            heading(title);
            html.tag("/h3");
            html.line();
            for (Node child = callout.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.line();
            html.tag("/div");
            html.line();
        }

        /** Attributes in the order given, so the output is the same on every run. */
        private static Map<String, String> attributes(String... namesAndValues) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                attributes.put(namesAndValues[i], namesAndValues[i + 1]);
            }
            return attributes;
        }

        private void heading(CalloutTitle title) {
            int at = title.phone() == null ? -1 : title.text().indexOf(title.phone());
            if (at < 0) {
                html.text(title.text());
                return;
            }
            html.text(title.text().substring(0, at));
            html.tag("a", attributes("href", title.href()));
            html.text(title.phone());
            html.tag("/a");
            html.text(title.text().substring(at + title.phone().length()));
        }
    }
}
