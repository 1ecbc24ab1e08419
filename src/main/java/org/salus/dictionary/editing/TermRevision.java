package org.salus.dictionary.editing;

import java.time.Instant;
import java.time.LocalDate;

import org.salus.dictionary.TermDraft;
import org.salus.review.WorkflowState;

/**
 * One stored revision of a dictionary term: the whole term as the editor saved it, and where it
 * stands in the workflow. {@code reviewer}, {@code reviewedOn} and {@code reviewNotes} are set by
 * the reviewer's approval or request for changes.
 */
public record TermRevision(
        long id,
        int number,
        TermDraft draft,
        String changeNote,
        WorkflowState state,
        Long authorId,
        String authorName,
        String reviewer,
        LocalDate reviewedOn,
        String reviewNotes,
        Instant updatedAt) {

    public String slug() {
        return draft.slug();
    }
}
