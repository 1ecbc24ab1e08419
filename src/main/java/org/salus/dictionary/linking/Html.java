package org.salus.dictionary.linking;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Entities;

/**
 * Text escaped exactly as jsoup prints it (UTF-8, base entities, HTML syntax), so that HTML
 * {@link TermLinker} writes itself is the same as when jsoup printed the changed document.
 */
final class Html {

    private Html() {}

    /** {@code text} as jsoup prints a text node (the same string when nothing needs escaping). */
    static String text(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isPlain(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length() + 16);
                appendText(out, text, 0, text.length());
                return out.toString();
            }
        }
        return text;
    }

    /** Whether jsoup prints {@code c} in a text node as it is, whatever comes before or after it. */
    private static boolean isPlain(char c) {
        return c >= ' ' && c != '&' && c != '<' && c != '>' && c != '\u00A0' && !Character.isSurrogate(c)
                || c == '\t'
                || c == '\n'
                || c == '\r';
    }

    /**
     * Appends {@code text[from, to)} as jsoup prints a text node holding it: {@code & < >} and the
     * no-break space as entities, tab, line feed, carriage return and other chars as they are.
     */
    static void appendText(StringBuilder out, String text, int from, int to) {
        int plain = from; // start of the run of chars written as they are
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                continue;
            }
            out.append(text, plain, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00A0' -> out.append("&nbsp;");
                default -> {
                    // Other control chars and surrogates are rare and jsoup has its own rules for them
                    // (a valid pair may be written as a numeric entity): ask jsoup, one code point at a
                    // time. Its escape() also escapes quotes, which never reach here.
                    int length =
                            Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                                    ? 2
                                    : 1;
                    out.append(Entities.escape(text.substring(i, i + length)));
                    i += length - 1;
                }
            }
            plain = i + 1;
        }
        out.append(text, plain, to);
    }

    /** {@code value} as jsoup prints it between the double quotes of an attribute. */
    static String attributeValue(String value) {
        String attribute = new Attribute("v", value).html(); // v="value"
        return attribute.substring(3, attribute.length() - 1);
    }
}
