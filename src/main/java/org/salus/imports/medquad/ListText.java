package org.salus.imports.medquad;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a MedQuAD answer, plain text whose lists were flattened when the pages were crawled, back
 * into paragraphs and lists, and writes them as Markdown that renders exactly that text.
 *
 * <p>How the crawl flattened the pages, and so how the text is read:
 * <ul>
 * <li>a line break ends a block (paragraph, heading line or list);</li>
 * <li>a list item is a {@code -} followed by white space, at the start of a line or after two or
 * more white-space characters: {@code "include:  - fever  - cough"}. A dash between single
 * spaces ({@code "Parasites - Taeniasis"}) is prose and stays;</li>
 * <li>a run of three or more white-space characters that is not followed by an item was a block
 * boundary in the page ({@code "- Drug Therapy   These resources ..."}), so it ends the list or
 * paragraph;</li>
 * <li>outside a list, exactly two spaces after the end of a sentence and before a capital letter
 * joined two paragraphs (Genetics Home Reference and NIHSeniorHealth did this in almost every
 * answer), so they become two paragraphs; inside a list item they are only sentence spacing.</li>
 * </ul>
 * Nested lists (some NCI pages) are flattened to one level: their depth was lost with the
 * indentation. White space inside a block is collapsed to single spaces.
 *
 * <p>The text is plain text, never Markdown or HTML: every character that Markdown would read as
 * syntax ({@code * _ [ ] < > ` \ |}, entity references, and a block that starts like a heading,
 * list, quote, rule or numbered item) is escaped, so {@code "<5%"} or {@code "GM>1<"} render as
 * written and nothing in an answer can become markup.
 */
final class ListText {

    /** A paragraph, or a list of items; texts are plain, with single spaces. */
    sealed interface Block permits Paragraph, Items {
    }

    record Paragraph(String text) implements Block {
    }

    record Items(List<String> items) implements Block {

        Items {
            items = List.copyOf(items);
        }
    }

    private static final String WS = "[\\s\\u00A0]";
    /** An item marker (group 1) or a block break (the rest). */
    private static final Pattern SEPARATOR = Pattern.compile("(^|" + WS + "{2,})-(?:" + WS + "+|$)|" + WS + "{3,}");
    /** Two spaces between the end of one sentence and the capital that starts the next. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.!?][\"”')]?)" + WS + "{2}(?=[A-Z\"“(])");
    private static final String INLINE = "\\`*_[]<>|";
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

    private ListText() {
    }

    /** The answer as Markdown: blocks separated by blank lines, ending in one newline. */
    static String toMarkdown(String answer) {
        return markdown(blocks(answer));
    }

    /** The paragraphs and lists of an answer, in order; empty when it has no text. */
    static List<Block> blocks(String answer) {
        List<Block> blocks = new ArrayList<>();
        for (String line : answer.split("\\R")) {
            readLine(line.strip(), blocks);
        }
        return blocks;
    }

    /** Blocks written as Markdown, as {@link #toMarkdown} does. */
    static String markdown(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (block instanceof Paragraph paragraph) {
                out.append(escape(paragraph.text())).append('\n');
            } else if (block instanceof Items list) {
                for (String item : list.items()) {
                    out.append("- ").append(escape(item)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void readLine(String line, List<Block> blocks) {
        Matcher separator = SEPARATOR.matcher(line);
        List<String> items = new ArrayList<>();
        boolean inItem = false;
        int start = 0;
        while (separator.find()) {
            add(line.substring(start, separator.start()), inItem, items, blocks);
            inItem = separator.group(1) != null;
            start = separator.end();
        }
        add(line.substring(start), inItem, items, blocks);
        endList(items, blocks);
    }

    /** Adds one piece of a line: an item to the open list, or a paragraph that closes it. */
    private static void add(String piece, boolean item, List<String> items, List<Block> blocks) {
        if (item) {
            String text = clean(piece);
            if (!text.isEmpty()) {
                items.add(text);
            }
            return;
        }
        for (String paragraph : SENTENCE_GAP.split(piece)) {
            String text = clean(paragraph);
            if (!text.isEmpty()) {
                endList(items, blocks);
                blocks.add(new Paragraph(text));
            }
        }
    }

    private static String clean(String text) {
        return text.replaceAll(WS + "+", " ").strip();
    }

    private static void endList(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Items(items));
            items.clear();
        }
    }

    /** Plain text escaped so Markdown shows it as written, at the start of a block. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
        Matcher ordered = ORDERED.matcher(escaped);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + escaped.substring(ordered.end());
        }
        if (!escaped.isEmpty() && "#-+=~".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return escaped;
    }
}
