package org.salus.story;

import org.salus.article.content.ArticleQuestionsDeclared;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the questions that imported content files declare, in the import's own transaction. */
@Component
class QuestionImport {

    private final QuestionRepository questions;
    private final StoryPanels panels;

    QuestionImport(QuestionRepository questions, StoryPanels panels) {
        this.questions = questions;
        this.panels = panels;
    }

    @EventListener
    void onDeclared(ArticleQuestionsDeclared event) {
        questions.upsert(event.articleId(), event.questions());
        panels.forget(event.articleId());
    }
}
