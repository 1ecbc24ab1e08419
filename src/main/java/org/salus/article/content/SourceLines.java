package org.salus.article.content;

import java.util.List;

/** Finds where things stand in a file's text, so messages can name a line. */
public record SourceLines(List<String> lines) {

    public static SourceLines of(String text) {
        return new SourceLines(text.lines().toList());
    }

    /** The 1-based line of a front-matter key ({@code related}), or 1 when it is absent. */
    public int lineOf(String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The first line at or after the key's line that contains {@code text}. */
    public int lineOf(String key, String text) {
        for (int i = lineOf(key) - 1; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return lineOf(key);
    }
}
