package org.salus.review;

import java.util.List;
import java.util.stream.Stream;

import org.jsoup.nodes.Entities;
import org.salus.article.Question;
import org.salus.article.Section;

/**
 * The text a reader reads in a revision, as HTML for {@link Readability}: its sections and, for a
 * quiz, every question's prompt, options and explanation. A quiz is mostly questions, so it is held
 * to the same reading grade as an article only if they count.
 */
final class ReaderText {

    private ReaderText() {}

    /** The sections' HTML followed by each question's. */
    static String html(List<Section> sections, List<Question> questions) {
        return Stream.concat(
                        sections.stream().map(Section::html), questions.stream().map(ReaderText::html))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    /**
     * One question as a reader meets it: the prompt as a heading (read by {@link Readability} like a section's), the options as list items (each
     * read as one sentence, like any list) and the explanation as stored (already sanitised).
     */
    static String html(Question question) {
        StringBuilder html = new StringBuilder("<h3>")
                .append(Entities.escape(question.prompt()))
                .append("</h3><ul>");
        question.options()
                .forEach(option -> html.append("<li>")
                        .append(Entities.escape(option.text()))
                        .append("</li>"));
        return html.append("</ul>").append(question.explanationHtml()).toString();
    }
}
