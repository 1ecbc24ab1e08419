package org.salus.article;

import java.util.List;

/**
 * Writes a revision's body in the content-file format that {@code article.content.ContentFileParser}
 * reads (docs/content-format.md, docs/quizzes.md): its sections, {@code ## Heading {section=type}},
 * then a quiz's questions, {@code ## Prompt {question=kind}}. The one writer of that format, for the
 * editor's form and the backup's readable copies, so what either writes reads back as it was stored.
 */
public final class ContentBody {

    private ContentBody() {}

    public static String of(List<SectionDraft> sections, List<QuestionDraft> questions) {
        StringBuilder text = new StringBuilder();
        for (SectionDraft section : sections) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("## ")
                    .append(section.heading())
                    .append(" {section=")
                    .append(section.type().code())
                    .append("}\n\n")
                    .append(section.markdown().strip())
                    .append('\n');
        }
        for (QuestionDraft question : questions) {
            text.append('\n')
                    .append(QuizMarkdown.heading(question))
                    .append("\n\n")
                    .append(QuizMarkdown.body(question));
        }
        return text.toString();
    }
}
