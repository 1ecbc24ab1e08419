package org.salus.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.RevisionSummary;
import org.springframework.stereotype.Service;

/** What the editorial pages list: the named queries of the workflow, for one person. */
@Service
public class EditorialQueries {

    static final int DUE_SOON_DAYS = 60;

    private final RevisionWorkflowRepository workflow;
    private final TextAuthors textAuthors;
    private final Clock clock;

    EditorialQueries(RevisionWorkflowRepository workflow, TextAuthors textAuthors, Clock clock) {
        this.workflow = workflow;
        this.textAuthors = textAuthors;
        this.clock = clock;
    }

    /** The user's open drafts; those a newer published revision left behind are superseded, not listed. */
    public List<WorkflowRow> myDrafts(UserAccount user) {
        return workflow.draftsBy(user.id());
    }

    /** Submitted revisions, without the ones with text this reviewer wrote (they may not approve those). */
    public List<WorkflowRow> awaitingReview(UserAccount reviewer) {
        if (!reviewer.has(Role.REVIEWER)) {
            return List.of();
        }
        return workflow.awaitingReview().stream()
                .filter(row -> !wroteText(reviewer, row.revisionId()))
                .toList();
    }

    /** Whether {@code user} wrote part of the revision's text, so may not approve or confirm it. */
    public boolean wroteText(UserAccount user, long revisionId) {
        return textAuthors.of(revisionId).contains(user.id());
    }

    public List<WorkflowRow> approved() {
        return workflow.approved();
    }

    public List<WorkflowRow> recentlyPublished() {
        return workflow.recentlyPublished();
    }

    public List<RetiredArticle> retiredArticles() {
        return workflow.retiredArticles();
    }

    public List<ReviewDue> reviewOverdue() {
        LocalDate today = LocalDate.now(clock);
        return workflow.reviewsDueBy(today.minusDays(1));
    }

    public List<ReviewDue> reviewDueSoon() {
        LocalDate today = LocalDate.now(clock);
        return workflow.reviewsDueBy(today.plusDays(DUE_SOON_DAYS)).stream()
                .filter(due -> !due.due().isBefore(today))
                .toList();
    }

    public java.util.Optional<WorkflowRow> find(long revisionId) {
        return workflow.find(revisionId);
    }

    /** The workflow state of each listed revision; imported revisions have none. */
    public Map<Long, WorkflowState> states(List<RevisionSummary> revisions) {
        Map<Long, WorkflowState> states = new HashMap<>();
        for (RevisionSummary revision : revisions) {
            workflow.find(revision.id()).ifPresent(row -> states.put(revision.id(), row.state()));
        }
        return states;
    }

    public int latestRevisionNumber(long articleId) {
        return workflow.latestRevisionNumber(articleId);
    }
}
