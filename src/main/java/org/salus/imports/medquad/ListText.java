package org.salus.imports.medquad;

import java.util.ArrayList;
import java.util.List;

import org.salus.markdown.MarkdownText;

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
 * Nested lists (some NCI pages) are flattened to one level: their depth survives only as runs of
 * spaces too irregular to trust. White space inside a block is collapsed to single spaces.
 *
 * <p>The text is plain text, never Markdown or HTML: it is escaped with {@link MarkdownText}, so
 * {@code "<5%"} or {@code "GM>1<"} render as written and nothing in an answer can become markup.
 */
final class ListText {

    /** A paragraph, or a list of items; texts are plain, with single spaces. */
    sealed interface Block permits Paragraph, Items {}

    record Paragraph(String text) implements Block {}

    record Items(List<String> items) implements Block {

        Items {
            items = List.copyOf(items);
        }
    }

    private ListText() {}

    /** The answer as Markdown: blocks separated by blank lines, ending in one newline. */
    static String toMarkdown(String answer) {
        return markdown(blocks(answer));
    }

    /** The paragraphs and lists of an answer, in order; empty when it has no text. */
    static List<Block> blocks(String answer) {
        List<Block> blocks = new ArrayList<>();
        answer.lines().forEach(line -> readLine(line, blocks));
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
                out.append(MarkdownText.escape(paragraph.text())).append('\n');
            } else if (block instanceof Items list) {
                for (String item : list.items()) {
                    out.append("- ").append(MarkdownText.escape(item)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * Splits one line at the item markers, wide gaps and sentence gaps described above, collapsing
     * white space as it goes. (A hand-written scanner: the regular expressions it replaced took
     * about half the time of reading and mapping all of MedQuAD.)
     */
    private static void readLine(String line, List<Block> blocks) {
        List<String> items = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int n = line.length();
        int i = skipSpaces(line, 0);
        boolean inItem = false;
        if (i < n && line.charAt(i) == '-' && (i + 1 == n || isSpace(line.charAt(i + 1)))) {
            inItem = true;
            i = skipSpaces(line, i + 1);
        }
        while (i < n) {
            char c = line.charAt(i);
            if (!isSpace(c)) {
                piece.append(c);
                i++;
                continue;
            }
            int end = skipSpaces(line, i);
            int run = end - i;
            if (run >= 2 && end < n && line.charAt(end) == '-' && (end + 1 == n || isSpace(line.charAt(end + 1)))) {
                add(piece, inItem, items, blocks); // an item marker
                inItem = true;
                i = skipSpaces(line, end + 1);
            } else if (run >= 3) {
                add(piece, inItem, items, blocks); // a wide gap: the block ends
                inItem = false;
                i = end;
            } else if (run == 2 && !inItem && end < n && endsSentence(piece) && startsSentence(line.charAt(end))) {
                add(piece, false, items, blocks); // a sentence gap: the paragraph ends
                i = end;
            } else {
                piece.append(' ');
                i = end;
            }
        }
        add(piece, inItem, items, blocks);
        endList(items, blocks);
    }

    /** Adds a piece of a line, and empties it: an item to the open list, or a paragraph that closes it. */
    private static void add(StringBuilder piece, boolean item, List<String> items, List<Block> blocks) {
        String text = piece.toString().strip();
        piece.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (item) {
            items.add(text);
        } else {
            endList(items, blocks);
            blocks.add(new Paragraph(text));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(CharSequence text) {
        int last = text.length() - 1;
        if (last >= 1 && "\"”')".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return last >= 0 && ".!?".indexOf(text.charAt(last)) >= 0;
    }

    private static boolean startsSentence(char c) {
        return (c >= 'A' && c <= 'Z') || c == '"' || c == '“' || c == '(';
    }

    private static void endList(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new Items(items));
            items.clear();
        }
    }
}
