package org.salus.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ContentType;
import org.salus.review.ArticleIdentity;
import org.salus.review.EditorialWorkflow;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's SQL against a real database: H2 in {@link NotificationsTests}, PostgreSQL in
 * {@link NotificationsPostgresTests}. Names are new on every run (the PostgreSQL database outlives
 * runs); each test rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({People.class, FixedClock.class})
@Transactional
abstract class NotificationsContract {

    private final String run = Long.toString(System.nanoTime(), 36);

    @Autowired
    People people;

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    NewsroomQueries queries;

    @Test
    void aSubmissionBecomesOneUnreadNotificationPerReviewerOnceAndIsMarkedRead() {
        UserAccount writer = people.create("nw" + run, Role.WRITER);
        UserAccount reviewer = people.create("nr" + run, Role.REVIEWER);
        long revision = workflow.saveDraft(
                writer,
                new ArticleIdentity("n-" + run, "en", ContentType.CONDITION),
                Drafts.draft("Gout " + run).build(),
                0);
        workflow.submit(writer, revision);

        notifier.run();
        notifier.run();

        assertThat(notifications.recent(reviewer.id(), 10))
                .extracting(Notification::title, Notification::link)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "Gout " + run + " (revision 1)", "/editor/revisions/" + revision));
        assertThat(notifications.recent(writer.id(), 10)).isEmpty();
        int unread = notifications.unread(reviewer.id());
        assertThat(unread).isPositive();
        long id = notifications.recent(reviewer.id(), 10).get(0).id();
        assertThat(notifications.markRead(writer.id(), id, FixedClock.NOW)).isFalse();
        assertThat(notifications.markRead(reviewer.id(), id, FixedClock.NOW)).isTrue();
        assertThat(notifications.unread(reviewer.id())).isEqualTo(unread - 1);
        notifications.markAllRead(reviewer.id(), FixedClock.NOW);
        assertThat(notifications.unread(reviewer.id())).isZero();
    }

    @Test
    void theModerationAndFeedbackCountsRun() {
        assertThat(queries.waitingStoryCount())
                .isGreaterThanOrEqualTo(queries.waitingStories().size());
        assertThat(queries.openFeedback()).allMatch(f -> f.open() > 0);
    }
}
