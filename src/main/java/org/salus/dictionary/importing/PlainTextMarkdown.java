package org.salus.dictionary.importing;

import org.salus.markdown.MarkdownText;

/**
 * Plain text made safe to store as Markdown, line by line: each line loses its indentation (which
 * would make a code block) and is escaped with {@link MarkdownText}, so it renders as the text it
 * is, whatever heading, list, quote, HTML or entity it looks like.
 */
final class PlainTextMarkdown {

    private PlainTextMarkdown() {}

    static String of(String text) {
        StringBuilder markdown = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            markdown.append(MarkdownText.escape(line.strip())).append('\n');
        }
        return markdown.toString();
    }
}
