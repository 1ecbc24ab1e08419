package org.salus.article;

import java.util.ArrayList;
import java.util.List;

/** Turns quiz question drafts into stored questions: numbered, options lettered, explanation rendered. */
final class QuestionRenderer {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    List<Question> render(List<QuestionDraft> drafts) {
        List<Question> questions = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            List<Option> options = new ArrayList<>();
            for (int o = 0; o < draft.options().size(); o++) {
                OptionDraft option = draft.options().get(o);
                options.add(new Option(key(o), option.text(), option.correct()));
            }
            questions.add(new Question(
                    i + 1,
                    draft.kind(),
                    draft.prompt(),
                    options,
                    draft.explanationMarkdown(),
                    markdown.render(draft.explanationMarkdown()),
                    draft.supportSlug(),
                    draft.supportAnchor(),
                    draft.supportText()));
        }
        return questions;
    }

    /** a, b, c... for the option at {@code index} (at most six options per question). */
    static String key(int index) {
        return String.valueOf((char) ('a' + index));
    }
}
