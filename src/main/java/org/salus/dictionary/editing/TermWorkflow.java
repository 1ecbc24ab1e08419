package org.salus.dictionary.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.salus.account.UserAccount;
import org.salus.article.ReviewerProfile;
import org.salus.audit.AuditLog;
import org.salus.dictionary.Dictionary;
import org.salus.dictionary.TermDraft;
import org.salus.review.ReviewRules;
import org.salus.review.WorkflowException;
import org.salus.review.WorkflowState;
import org.salus.review.WorkflowStep;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dictionary terms go through the article workflow: a writer saves a revision of the whole term
 * and submits it, a medical reviewer who wrote none of its text approves it or requests changes, and an
 * editor publishes it, which makes it the live term and re-links article pages in the background.
 * Who may take each step is decided by {@link ReviewRules}, the same rules as for articles, and
 * every step is written to the audit log against the term's slug.
 */
@Service
class TermWorkflow {

    private final TermRevisionRepository revisions;
    private final Dictionary dictionary;
    private final ReviewRules rules;
    private final AuditLog audit;
    private final Clock clock;

    TermWorkflow(
            TermRevisionRepository revisions, Dictionary dictionary, ReviewRules rules, AuditLog audit, Clock clock) {
        this.revisions = revisions;
        this.dictionary = dictionary;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves {@code draft} as a new draft revision of a new term ({@code newTerm}: its slug must be
     * free) or of an existing one. {@code baseRevision} is the revision number the writer started
     * from (0 when the term had none): if someone saved in between, nothing is overwritten.
     */
    @Transactional
    long saveDraft(UserAccount author, TermDraft draft, String changeNote, int baseRevision, boolean newTerm) {
        rules.requireAuthor(author);
        int latest = revisions.latestNumber(draft.slug());
        boolean exists = latest > 0 || dictionary.exists(draft.slug());
        if (newTerm && exists) {
            throw new WorkflowException("workflow.termSlugTaken");
        }
        if (!newTerm && !exists) {
            throw new WorkflowException("workflow.noTerm");
        }
        if (latest != baseRevision) {
            throw new WorkflowException("workflow.termConflict");
        }
        long id;
        try {
            id = revisions.insert(draft, latest + 1, changeNote, author.id(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new WorkflowException("workflow.termConflict"); // another save took the same number
        }
        audit.recordTerm(author.username(), "term.saved", draft.slug(), null, id, changeNote);
        return id;
    }

    @Transactional
    void submit(UserAccount user, long revisionId) {
        move(user, revision(revisionId), WorkflowStep.SUBMIT, "term.submitted", null);
    }

    /**
     * A reviewer approves a submitted revision with no text of theirs in it (see
     * {@link #wroteText}); their name signs it.
     */
    @Transactional
    void approve(UserAccount reviewer, long revisionId, String notes) {
        TermRevision revision = revision(revisionId);
        ReviewerProfile profile = move(reviewer, revision, WorkflowStep.APPROVE, "term.approved", notes);
        revisions.review(revisionId, profile.id(), LocalDate.now(clock), notes);
    }

    @Transactional
    void requestChanges(UserAccount reviewer, long revisionId, String comments) {
        if (comments == null || comments.isBlank()) {
            throw new WorkflowException("workflow.commentsRequired");
        }
        TermRevision revision = revision(revisionId);
        ReviewerProfile profile =
                move(reviewer, revision, WorkflowStep.REQUEST_CHANGES, "term.changesRequested", comments);
        revisions.review(revisionId, profile.id(), LocalDate.now(clock), comments.strip());
    }

    /** An editor makes an approved revision the live term; the one it replaces becomes superseded. */
    @Transactional
    void publish(UserAccount editor, long revisionId) {
        TermRevision revision = revision(revisionId);
        rules.check(editor, WorkflowStep.PUBLISH, revision.state(), revision.authorId());
        revisions.supersedePublished(revision.slug(), clock.instant());
        dictionary.publish(revision.draft());
        revisions.setState(revisionId, WorkflowState.PUBLISHED, clock.instant());
        audit.recordTerm(editor.username(), "term.published", revision.slug(), null, revisionId, null);
    }

    /** Takes a term off the site and out of article links; its revisions are kept. */
    @Transactional
    void retire(UserAccount editor, String slug, String reason) {
        rules.requireEditor(editor);
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("workflow.reasonRequired");
        }
        if (!dictionary.retire(slug)) {
            throw new WorkflowException("workflow.noTerm");
        }
        audit.recordTerm(editor.username(), "term.retired", slug, null, null, reason.strip());
    }

    /**
     * Whether {@code user} wrote part of the revision's text: in it or in any revision of the term
     * since the last approved one. Such a user may not approve it nor request changes on it.
     */
    boolean wroteText(UserAccount user, long revisionId) {
        return revisions.authorsSinceLastApproval(revisionId).contains(user.id());
    }

    private TermRevision revision(long id) {
        return revisions.find(id).orElseThrow(() -> new WorkflowException("workflow.noRevision"));
    }

    private ReviewerProfile move(
            UserAccount user, TermRevision revision, WorkflowStep step, String action, String detail) {
        Set<Long> textAuthors = step.isReview() ? revisions.authorsSinceLastApproval(revision.id()) : Set.of();
        ReviewerProfile profile = rules.check(user, step, revision.state(), revision.authorId(), textAuthors);
        revisions.setState(revision.id(), step.to(), clock.instant());
        audit.recordTerm(user.username(), action, revision.slug(), null, revision.id(), detail);
        return profile;
    }
}
