package org.salus.newsroom;

import java.util.List;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.account.UserRepository;
import org.salus.article.TranslationFreshness;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditLog;
import org.salus.review.EditorialQueries;
import org.salus.review.WorkflowRow;
import org.salus.review.WorkflowState;
import org.salus.web.PageContext;
import org.salus.web.WorkCounts;
import org.springframework.stereotype.Service;

/**
 * Gathers a person's hub from the features' own queries: the workflow's named lists
 * ({@link EditorialQueries}), translation freshness, the reviewer's comment from the audit log, and
 * the moderation and feedback counts ({@link NewsroomQueries}). Also the header's counts.
 */
@Service
class Hub implements WorkCounts {

    static final int NOTIFICATIONS_SHOWN = 20;

    /** How far back in an article's audit entries the reviewer's comment is looked for. */
    private static final int AUDIT_LOOKBACK = 200;

    private final EditorialQueries queries;
    private final TranslationFreshness freshness;
    private final AuditLog audit;
    private final UserRepository users;
    private final NewsroomQueries newsroom;
    private final NotificationRepository notifications;

    Hub(
            EditorialQueries queries,
            TranslationFreshness freshness,
            AuditLog audit,
            UserRepository users,
            NewsroomQueries newsroom,
            NotificationRepository notifications) {
        this.queries = queries;
        this.freshness = freshness;
        this.audit = audit;
        this.users = users;
        this.newsroom = newsroom;
        this.notifications = notifications;
    }

    HubPage of(PageContext ctx, UserAccount user, String notice) {
        boolean writes = user.has(Role.WRITER) || user.has(Role.EDITOR);
        boolean editor = user.has(Role.EDITOR);
        boolean reviews = user.has(Role.REVIEWER) || editor;
        List<WorkflowRow> drafts = writes ? queries.myDrafts(user) : List.of();
        return new HubPage(
                ctx,
                user,
                notifications.recent(user.id(), NOTIFICATIONS_SHOWN),
                notifications.unread(user.id()),
                drafts.stream()
                        .filter(row -> row.state() == WorkflowState.DRAFT)
                        .toList(),
                drafts.stream()
                        .filter(row -> row.state() == WorkflowState.CHANGES_REQUESTED)
                        .map(this::withComment)
                        .toList(),
                queries.awaitingReview(user),
                editor ? queries.approved() : List.of(),
                reviews ? queries.reviewOverdue() : List.of(),
                reviews ? queries.reviewDueSoon() : List.of(),
                writes ? freshness.allBehind() : List.of(),
                user.has(Role.MODERATOR) ? newsroom.waitingStories() : List.of(),
                user.has(Role.MODERATOR) ? newsroom.waitingStoryCount() : 0,
                editor ? newsroom.openFeedback() : List.of(),
                editor ? queries.recentlyPublished() : List.of(),
                editor ? queries.retiredArticles() : List.of(),
                RoleLinks.forRoles(user.roles()),
                notice);
    }

    /** The newest "changes requested" entry of that revision says who asked and why. */
    private HubPage.ChangesRequested withComment(WorkflowRow row) {
        return audit.recent(row.articleId(), AUDIT_LOOKBACK).stream()
                .filter(entry -> "revision.changesRequested".equals(entry.action()))
                .filter(entry -> Long.valueOf(row.revisionId()).equals(entry.toRevision()))
                .findFirst()
                .map(entry -> new HubPage.ChangesRequested(row, reviewerName(entry), entry.detail()))
                .orElseGet(() -> new HubPage.ChangesRequested(row, null, null));
    }

    private String reviewerName(AuditEntry entry) {
        return users.findByUsername(entry.actor()).map(UserAccount::displayName).orElse(entry.actor());
    }

    @Override
    public Counts of(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .map(user -> {
                    HubPage page = of(null, user, null);
                    return new Counts(page.workCount(), page.unread());
                })
                .orElse(Counts.NONE);
    }
}
