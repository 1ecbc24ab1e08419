package org.salus.dictionary.importing.ontology;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns plain text from a data file into Markdown that renders as exactly that text, one
 * paragraph: nothing in it can become a heading, list, quote, code, link, emphasis or HTML.
 */
final class PlainMarkdown {

    /** Characters that start inline Markdown (or HTML/entities) anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>&";

    /** A leading ordered-list marker: digits followed by '.' or ')'. */
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");

    private PlainMarkdown() {
    }

    /** The text, white space collapsed, as one escaped Markdown paragraph ending in a newline. */
    static String of(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        Matcher ordered = ORDERED.matcher(escaped);
        if (ordered.find()) {
            escaped = ordered.group(1) + "\\" + ordered.group(2) + escaped.substring(ordered.end());
        } else if (!escaped.isEmpty() && "#-+=|~".indexOf(escaped.charAt(0)) >= 0) {
            escaped = "\\" + escaped;
        }
        return escaped + "\n";
    }
}
