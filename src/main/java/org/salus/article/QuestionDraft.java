package org.salus.article;

import java.util.List;

/**
 * A quiz question as an editor writes it: the prompt, its options, the explanation in Markdown and
 * the article section that supports the answer ({@code supportSlug#supportAnchor}, link text
 * {@code supportText}), checked to be published when the quiz is.
 */
public record QuestionDraft(
        QuestionKind kind,
        String prompt,
        List<OptionDraft> options,
        String explanationMarkdown,
        String supportSlug,
        String supportAnchor,
        String supportText) {

    public QuestionDraft {
        options = List.copyOf(options);
    }
}
