package org.salus.article;

import java.util.List;

/**
 * A stored quiz question: numbered from 1 in its quiz, with the explanation rendered and sanitised
 * like section Markdown when the revision was saved.
 */
public record Question(
        int number,
        QuestionKind kind,
        String prompt,
        List<Option> options,
        String explanationMarkdown,
        String explanationHtml,
        String supportSlug,
        String supportAnchor,
        String supportText) {

    public Question {
        options = List.copyOf(options);
    }

    /** The keys of the correct options, in order. */
    public List<String> correctKeys() {
        return options.stream().filter(Option::correct).map(Option::key).toList();
    }

    /** The question as it was written, to edit or restore it. */
    public QuestionDraft draft() {
        return new QuestionDraft(
                kind,
                prompt,
                options.stream()
                        .map(o -> new OptionDraft(o.text(), o.correct()))
                        .toList(),
                explanationMarkdown,
                supportSlug,
                supportAnchor,
                supportText);
    }
}
