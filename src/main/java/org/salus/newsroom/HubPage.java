package org.salus.newsroom;

import java.util.List;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.TranslationFreshness;
import org.salus.review.RetiredArticle;
import org.salus.review.ReviewDue;
import org.salus.review.WorkflowRow;
import org.salus.web.PageContext;

/**
 * {@code newsroom/hub.jte}: what needs the signed-in person today, by role. Lists a role does not
 * use are empty and not shown ({@link #shows}).
 */
public record HubPage(
        PageContext ctx,
        UserAccount user,
        List<Notification> notifications,
        int unread,
        List<WorkflowRow> myDrafts,
        List<ChangesRequested> changesRequested,
        List<WorkflowRow> awaitingReview,
        List<WorkflowRow> approved,
        List<ReviewDue> overdue,
        List<ReviewDue> dueSoon,
        List<TranslationFreshness.Behind> translationsBehind,
        List<WaitingStory> stories,
        int storiesWaiting,
        List<OpenFeedback> feedback,
        List<WorkflowRow> recentlyPublished,
        List<RetiredArticle> retired,
        List<Link> links,
        String notice) {

    /** A story in the moderation queue; {@code reported} when readers asked for another look. */
    public record WaitingStory(long id, boolean reported, java.time.Instant waitingSince) {}

    /** An article with reader feedback nobody handled yet. */
    public record OpenFeedback(long articleId, String title, int open, java.time.Instant latest) {}

    /** A page the person's roles may use: its label's message key and address. */
    public record Link(String label, String path) {}

    /** A draft sent back by a reviewer, with what the reviewer wrote. */
    public record ChangesRequested(WorkflowRow row, String reviewer, String comment) {}

    /** Whether the hub shows the lists of {@code role}'s work. */
    public boolean shows(Role role) {
        return user.has(role);
    }

    public boolean writes() {
        return user.has(Role.WRITER) || user.has(Role.EDITOR);
    }

    /** Items waiting for this person: the figure the header shows as "Work". */
    public int workCount() {
        return myDrafts.size()
                + changesRequested.size()
                + awaitingReview.size()
                + approved.size()
                + overdue.size()
                + translationsBehind.size()
                + storiesWaiting
                + feedback.size();
    }
}
