package org.salus.review;

import java.util.Set;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ReviewerProfile;
import org.salus.article.ReviewerProfileRepository;
import org.springframework.stereotype.Component;

/**
 * Who may take which {@link WorkflowStep} on a revision: the one place the editorial rules live.
 * Articles ({@link EditorialWorkflow}) and dictionary terms both ask here, so a term's definition
 * is written, reviewed and published under exactly the rules of an article. A refusal is a
 * {@link WorkflowException} whose message key the editor is shown.
 */
@Component
public class ReviewRules {

    private final ReviewerProfileRepository profiles;

    ReviewRules(ReviewerProfileRepository profiles) {
        this.profiles = profiles;
    }

    /**
     * Checks that {@code user} may take {@code step} on a revision written by {@code authorId}
     * (null when it came by import) that is now in {@code state}. Returns the reviewer's profile
     * for a review step (a review is signed with it), null for the other steps.
     */
    public ReviewerProfile check(UserAccount user, WorkflowStep step, WorkflowState state, Long authorId) {
        return check(user, step, state, authorId, authorId == null ? Set.of() : Set.of(authorId));
    }

    /**
     * As {@link #check(UserAccount, WorkflowStep, WorkflowState, Long)}, where {@code textAuthors}
     * are all the accounts that wrote part of the revision's text (for articles see
     * {@link TextAuthors}; dictionary terms count their own): none of them may review it.
     */
    public ReviewerProfile check(
            UserAccount user, WorkflowStep step, WorkflowState state, Long authorId, Set<Long> textAuthors) {
        requireAny(user, step.roles().toArray(Role[]::new));
        boolean ownRevision = Long.valueOf(user.id()).equals(authorId);
        if (step == WorkflowStep.SUBMIT && !user.has(Role.EDITOR) && !ownRevision) {
            throw new WorkflowException("workflow.notYourDraft");
        }
        if (step.isReview()) {
            requireNotAnAuthor(user, textAuthors, "workflow.selfApproval");
        }
        ReviewerProfile profile = step.isReview() ? reviewerProfile(user) : null;
        if (!step.allowedFrom(state)) {
            throw new WorkflowException(
                    step == WorkflowStep.PUBLISH ? "workflow.notApproved" : "workflow.illegal." + state.code());
        }
        return profile;
    }

    /** Refuses with {@code messageKey} when {@code user} wrote part of the text under review. */
    static void requireNotAnAuthor(UserAccount user, Set<Long> textAuthors, String messageKey) {
        if (textAuthors.contains(user.id())) {
            throw new WorkflowException(messageKey);
        }
    }

    /** The credentials a reviewer signs a review with; refused if they have none on file. */
    public ReviewerProfile reviewerProfile(UserAccount reviewer) {
        requireAny(reviewer, Role.REVIEWER);
        return profiles.findByUserId(reviewer.id())
                .orElseThrow(() -> new WorkflowException("workflow.noReviewerProfile"));
    }

    /** Writers and editors write drafts. */
    public void requireAuthor(UserAccount user) {
        requireAny(user, Role.WRITER, Role.EDITOR);
    }

    /** Only editors retire content and publish. */
    public void requireEditor(UserAccount user) {
        requireAny(user, Role.EDITOR);
    }

    private static void requireAny(UserAccount user, Role... roles) {
        for (Role role : roles) {
            if (user.has(role)) {
                return;
            }
        }
        throw new WorkflowException("workflow.notAllowed");
    }
}
