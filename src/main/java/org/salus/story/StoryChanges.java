package org.salus.story;

import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.springframework.stereotype.Component;

/**
 * Tells every node, through the change log, that what readers see of an article's questions
 * changed (a story published or taken down, a question added or edited), so each drops that
 * article's "Patient comments" panel.
 */
@Component
class StoryChanges {

    private final ChangeLog changes;

    StoryChanges(ChangeLog changes) {
        this.changes = changes;
    }

    void stories(long articleId, long questionId) {
        changes.append(Change.of(Change.Kind.STORIES_CHANGED).article(articleId).question(questionId));
    }

    void questions(long articleId) {
        changes.append(Change.of(Change.Kind.QUESTIONS_CHANGED).article(articleId));
    }
}
