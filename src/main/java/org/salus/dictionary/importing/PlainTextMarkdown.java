package org.salus.dictionary.importing;

import java.util.regex.Pattern;

/**
 * Plain text made safe to store as Markdown: each line loses its indentation (which would make a
 * code block), and a line that begins like a heading, list, quote, rule or fence ({@code #},
 * {@code -}, {@code +}, {@code *}, {@code >}, {@code =}, {@code _}, {@code `}, {@code ~},
 * {@code 1.}, {@code 1)}) gets a backslash so it renders as the text it is. Everything else is
 * left alone: NCI definitions contain no other Markdown syntax, and the renderer sanitises HTML.
 */
final class PlainTextMarkdown {

    private static final Pattern MARKER = Pattern.compile("^(?:[#\\-+*>=_`~]|\\d{1,9}(?=[.)]))");

    private PlainTextMarkdown() {
    }

    static String of(String text) {
        StringBuilder markdown = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            String trimmed = line.strip();
            var marker = MARKER.matcher(trimmed);
            if (!marker.find()) {
                markdown.append(trimmed);
            } else if (Character.isDigit(trimmed.charAt(0))) {
                markdown.append(trimmed, 0, marker.end()).append('\\').append(trimmed.substring(marker.end()));
            } else {
                markdown.append('\\').append(trimmed);
            }
            markdown.append('\n');
        }
        return markdown.toString();
    }
}
