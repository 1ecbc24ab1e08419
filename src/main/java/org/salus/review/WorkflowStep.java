package org.salus.review;

import java.util.EnumSet;
import java.util.Set;

import org.salus.account.Role;

/**
 * A move in the editorial workflow: who may make it, from which states, and where it leads. Every
 * reviewed kind of content (articles, dictionary terms) moves by these steps, checked by
 * {@link ReviewRules}.
 */
public enum WorkflowStep {
    SUBMIT(
            WorkflowState.SUBMITTED,
            EnumSet.of(Role.WRITER, Role.EDITOR),
            EnumSet.of(WorkflowState.DRAFT, WorkflowState.CHANGES_REQUESTED)),
    APPROVE(WorkflowState.APPROVED, EnumSet.of(Role.REVIEWER), EnumSet.of(WorkflowState.SUBMITTED)),
    REQUEST_CHANGES(WorkflowState.CHANGES_REQUESTED, EnumSet.of(Role.REVIEWER), EnumSet.of(WorkflowState.SUBMITTED)),
    PUBLISH(
            WorkflowState.PUBLISHED,
            EnumSet.of(Role.EDITOR),
            EnumSet.of(WorkflowState.APPROVED, WorkflowState.SCHEDULED));

    private final WorkflowState to;
    private final Set<Role> roles;
    private final Set<WorkflowState> from;

    WorkflowStep(WorkflowState to, Set<Role> roles, Set<WorkflowState> from) {
        this.to = to;
        this.roles = roles;
        this.from = from;
    }

    /** The state a revision is in after this step. */
    public WorkflowState to() {
        return to;
    }

    /** Whether a revision in {@code state} may take this step. */
    public boolean allowedFrom(WorkflowState state) {
        return from.contains(state);
    }

    Set<Role> roles() {
        return roles;
    }

    /** A reviewer's step: the author of a revision may not take it. */
    public boolean isReview() {
        return this == APPROVE || this == REQUEST_CHANGES;
    }
}
