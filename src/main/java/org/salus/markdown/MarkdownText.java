package org.salus.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text made Markdown that renders as exactly that text: the one escaper every importer
 * uses, so a definition that says {@code "<5%"}, {@code "D&C"}, {@code "# of cases"} or
 * {@code "1. First meaning"} never turns into HTML, an entity, a heading or a list by accident.
 *
 * <p>It backslash-escapes (CommonMark lets any ASCII punctuation be escaped, and the escaped
 * character renders as itself):
 * <ul>
 * <li>anywhere in a line, {@code \ ` * _ [ ] < > & ! |}: the backslash itself, code spans,
 * emphasis, links and images, raw HTML and autolinks, entity references, and the cell border of
 * the GFM tables the renderer supports;</li>
 * <li>at the start of a line (after any blanks), {@code # - + = ~}: ATX headings, setext
 * heading underlines, thematic breaks, bullet lists and {@code ~~~} code fences ({@code >},
 * {@code *}, {@code _}, {@code `} and {@code |} are already escaped anywhere), and the
 * {@code .} or {@code )} after the digits that would start an ordered list ({@code 1\.}).</li>
 * </ul>
 *
 * <p>Line layout is the caller's: this neither collapses white space nor removes indentation
 * (four leading spaces still make a code block), and it adds no line breaks.
 */
public final class MarkdownText {

    /** Characters escaped wherever they are. */
    static final String INLINE = "\\`*_[]<>&!|";

    /** Characters escaped only as the first non-blank character of a line. */
    static final String LINE_START = "#-+=~";

    private static final Pattern ORDERED = Pattern.compile("^([ \\t]*\\d+)([.)])");

    private MarkdownText() {}

    /** {@code text} escaped wherever it stands: every character with a meaning inline, and every line's start. */
    public static String escape(String text) {
        String inline = escapeInline(text);
        if (inline.indexOf('\n') < 0) {
            return escapeLineStart(inline);
        }
        StringBuilder out = new StringBuilder(inline.length() + 8);
        for (String line : inline.split("\n", -1)) {
            out.append(out.isEmpty() ? "" : "\n").append(escapeLineStart(line));
        }
        return out.toString();
    }

    /**
     * {@code text} with the inline characters escaped: for text placed after the start
     * of a line (after a list marker, inside emphasis or a heading), where block markers mean nothing.
     */
    public static String escapeInline(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append('\\');
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * {@code line}, a line of Markdown whose plain text was escaped with {@link #escapeInline}, made
     * unable to start a heading, list, rule or fence: a backslash before a leading block marker or
     * before the {@code .}/{@code )} of a leading number. Markdown the caller wrote on purpose at
     * the start ({@code **bold**}, {@code `code`}) is left as it is.
     */
    public static String escapeLineStart(String line) {
        int first = 0;
        while (first < line.length() && (line.charAt(first) == ' ' || line.charAt(first) == '\t')) {
            first++;
        }
        if (first == line.length()) {
            return line;
        }
        if (LINE_START.indexOf(line.charAt(first)) >= 0) {
            return line.substring(0, first) + "\\" + line.substring(first);
        }
        Matcher ordered = ORDERED.matcher(line);
        return ordered.find() ? ordered.group(1) + "\\" + line.substring(ordered.end(1)) : line;
    }
}
