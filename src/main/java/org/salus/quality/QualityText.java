package org.salus.quality;

import java.util.List;

/**
 * The text the checks read: the article's language, title and summary, and each section's heading
 * with its rendered HTML (as stored: dictionary links included).
 */
public record QualityText(String language, String title, String summary, List<Part> sections) {

    public QualityText {
        summary = summary == null ? "" : summary;
        sections = List.copyOf(sections);
    }

    /** One section as the reader sees it. */
    public record Part(String heading, String html) {}
}
