package org.salus.article;

/**
 * Writes a quiz question back in the content-file format that {@code article.content.ContentFileParser} reads
 * (docs/quizzes.md), for diffs and anywhere a question is shown as text.
 */
public final class QuizMarkdown {

    private QuizMarkdown() {}

    /** The question's body below its heading: options, explanation and the "Read more:" line. */
    public static String body(QuestionDraft question) {
        StringBuilder text = new StringBuilder();
        for (OptionDraft option : question.options()) {
            text.append(option.correct() ? "- [x] " : "- [ ] ")
                    .append(option.text())
                    .append('\n');
        }
        text.append('\n').append(question.explanationMarkdown().strip()).append("\n\n");
        text.append("Read more: [")
                .append(question.supportText())
                .append("](")
                .append(question.supportSlug())
                .append('#')
                .append(question.supportAnchor())
                .append(")\n");
        return text.toString();
    }

    /** The heading line, {@code ## Prompt {question=kind}}. */
    public static String heading(QuestionDraft question) {
        return "## " + question.prompt() + " {question=" + question.kind().code() + "}";
    }
}
