package org.salus.imports.medlineplus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.salus.markdown.MarkdownText;

/**
 * Turns sanitised HTML into Markdown, so an imported summary is stored like any article written
 * here: editors change it in the same Markdown form and it is rendered (and sanitised again) by
 * the same {@link org.salus.article.MarkdownRenderer}.
 *
 * <p>It knows what MedlinePlus summaries use: paragraphs, headings, nested lists, links, bold,
 * italics, line breaks and code. Any other element is read for its text. Text is escaped with
 * {@link MarkdownText}, so a summary that mentions {@code *} or starts a line with "1." never turns
 * into Markdown syntax by accident.
 */
final class HtmlToMarkdown {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "ul",
            "ol",
            "li",
            "blockquote",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            "dl",
            "dt",
            "dd",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "figure",
            "figcaption",
            "hr");

    private HtmlToMarkdown() {}

    /** The Markdown of {@code nodes}, ending with one newline; empty when they hold no text. */
    static String convert(List<? extends Node> nodes) {
        String markdown = String.join("\n", blocks(nodes)).strip();
        return markdown.isEmpty() ? "" : markdown + "\n";
    }

    /** The lines of the blocks among {@code nodes}, a blank line between blocks. */
    private static List<String> blocks(List<? extends Node> nodes) {
        List<List<String>> blocks = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        for (Node node : nodes) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                addParagraph(blocks, inline);
                List<String> block = block(element);
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
            } else {
                inline.append(inline(node));
            }
        }
        addParagraph(blocks, inline);
        List<String> lines = new ArrayList<>();
        for (List<String> block : blocks) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(block);
        }
        return lines;
    }

    private static List<String> block(Element element) {
        return switch (element.normalName()) {
            case "ul", "ol" -> list(element, element.normalName().equals("ol"));
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = TopicReader.clean(element.text());
                yield text == null ? List.of() : List.of("### " + MarkdownText.escapeInline(text));
            }
            case "blockquote" ->
                blocks(element.childNodes()).stream()
                        .map(line -> line.isEmpty() ? ">" : "> " + line)
                        .toList();
            case "hr" -> List.of("---");
            default -> blocks(element.childNodes()); // p, div, table parts, ...: their content
        };
    }

    private static List<String> list(Element list, boolean ordered) {
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (Node child : list.childNodes()) {
            List<String> item;
            if (child instanceof Element element && element.normalName().equals("li")) {
                item = blocks(element.childNodes());
            } else if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                item = block(element); // e.g. a <ul> written straight inside a <ul>
            } else {
                item = blocks(List.of(child));
            }
            if (item.isEmpty()) {
                continue;
            }
            String marker = ordered ? (number++) + ". " : "- ";
            String indent = " ".repeat(marker.length());
            for (int i = 0; i < item.size(); i++) {
                String line = item.get(i);
                lines.add(i == 0 ? marker + line : line.isEmpty() ? "" : indent + line);
            }
        }
        return lines;
    }

    private static void addParagraph(List<List<String>> blocks, StringBuilder inline) {
        String text = paragraph(inline.toString());
        inline.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(List.of(text.split("\n", -1)));
        }
    }

    /** Inline Markdown made one paragraph: spaces collapsed, each line safe to start a block. */
    private static String paragraph(String inline) {
        List<String> lines = new ArrayList<>();
        for (String line : inline.split("\n", -1)) {
            String clean = line.replaceAll("[ \\t]+", " ").strip();
            if (!clean.isEmpty() && !clean.equals("\\")) {
                lines.add(MarkdownText.escapeLineStart(clean));
            }
        }
        String text = String.join("\n", lines);
        return text.endsWith("\\") ? text.substring(0, text.length() - 1).strip() : text;
    }

    private static String inline(List<? extends Node> nodes) {
        StringBuilder text = new StringBuilder();
        for (Node node : nodes) {
            text.append(inline(node));
        }
        return text.toString();
    }

    private static String inline(Node node) {
        if (node instanceof TextNode text) {
            return MarkdownText.escapeInline(text.getWholeText().replaceAll("\\s+", " "));
        }
        if (!(node instanceof Element element)) {
            return "";
        }
        String inner = inline(element.childNodes());
        return switch (element.normalName()) {
            case "a" -> link(inner, element.attr("href"));
            case "strong", "b" -> wrap(inner, "**");
            case "em", "i", "cite" -> wrap(inner, "*");
            case "code" -> inner.isBlank() ? inner : "`" + element.text().replace("`", "'") + "`";
            case "br" -> "\\\n";
            case "img" -> MarkdownText.escapeInline(element.attr("alt"));
            default -> inner;
        };
    }

    private static String link(String text, String href) {
        if (href.isBlank() || text.isBlank()) {
            return text;
        }
        String url = href.strip();
        if (url.matches(".*[\\s()<>].*")) {
            url = "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
        }
        return "[" + text.strip() + "](" + url + ")";
    }

    /** {@code **text**}, with the spaces HTML had inside the tag moved outside, where Markdown wants them. */
    private static String wrap(String inner, String marker) {
        String body = inner.strip();
        if (body.isEmpty()) {
            return inner;
        }
        String before = inner.startsWith(" ") ? " " : "";
        String after = inner.endsWith(" ") ? " " : "";
        return before + marker + body + marker + after;
    }
}
