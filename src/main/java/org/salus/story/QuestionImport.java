package org.salus.story;

import org.salus.article.content.ArticleQuestionsDeclared;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the questions that imported content files declare, in the import's own transaction. */
@Component
class QuestionImport {

    private final QuestionRepository questions;
    private final StoryChanges changes;

    QuestionImport(QuestionRepository questions, StoryChanges changes) {
        this.questions = questions;
        this.changes = changes;
    }

    @EventListener
    void onDeclared(ArticleQuestionsDeclared event) {
        questions.upsert(event.articleId(), event.questions());
        changes.questions(event.articleId());
    }
}
