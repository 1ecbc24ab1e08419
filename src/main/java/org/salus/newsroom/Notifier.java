package org.salus.newsroom;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.account.UserRepository;
import org.salus.review.EditorialQueries;
import org.salus.review.WorkflowRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns audit entries into notifications for the people they concern. The audit log already records
 * every step, in the same transaction as the step, from every source (the workflow, the scheduler's
 * publishing, readers' story reports), so following it needs no change to those features and never
 * notifies about a step that was rolled back. Each entry is handled once (table
 * {@code notification_source}); entries of the last {@link #WINDOW} not yet handled are picked up, so
 * one that committed after a later one is not skipped. Runs every {@code salus.notifications.check}
 * on one node of a cluster at a time.
 */
@Service
public class Notifier {

    /** The name of this job's row in the {@code shedlock} table. */
    public static final String LOCK = "newsroom.notify";

    static final Duration WINDOW = Duration.ofDays(1);

    static final List<String> ACTIONS = List.of(
            "revision.submitted",
            "revision.changesRequested",
            "revision.approved",
            "revision.scheduled",
            "revision.published",
            "story.reported",
            "story.review-requested");

    private static final Pattern STORY = Pattern.compile("^story (\\d+)");

    private final JdbcClient jdbc;
    private final NotificationRepository notifications;
    private final EditorialQueries queries;
    private final UserRepository users;
    private final NotificationMail mail;
    private final Clock clock;

    Notifier(
            JdbcClient jdbc,
            NotificationRepository notifications,
            EditorialQueries queries,
            UserRepository users,
            NotificationMail mail,
            Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.queries = queries;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Handles every new entry: stores its notifications and marks it handled, in one transaction;
     * e-mails leave after the commit. A run on another node at the same moment skips (ShedLock).
     */
    @Scheduled(
            fixedDelayString = "${salus.notifications.check:" + NotificationProperties.CHECK + "}",
            initialDelayString = "${salus.notifications.check:" + NotificationProperties.CHECK + "}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT0S")
    @Transactional
    public void run() {
        Instant now = clock.instant();
        for (Entry entry : newEntries(now)) {
            for (Message message : messagesFor(entry)) {
                notifications.insert(
                        message.to().id(),
                        entry.id(),
                        entry.action(),
                        message.title(),
                        message.detail(),
                        message.link(),
                        now);
                mail.afterCommit(message.to(), entry.action(), message.title(), message.detail(), message.link());
            }
            notifications.markProcessed(entry.id(), now);
        }
    }

    record Entry(long id, Instant at, String actor, String action, Long articleId, Long revisionId, String detail) {}

    record Message(UserAccount to, String title, String detail, String link) {}

    private List<Entry> newEntries(Instant now) {
        return jdbc.sql("""
                SELECT e.id, e.occurred_at, e.actor, e.action, e.article_id, e.to_revision, e.detail
                FROM audit_entry e
                WHERE e.occurred_at >= :since AND e.action IN (:actions)
                  AND NOT EXISTS (SELECT 1 FROM notification_source s WHERE s.audit_entry_id = e.id)
                ORDER BY e.id""")
                .param("since", utc(now.minus(WINDOW)))
                .param("actions", ACTIONS)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        instant(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class),
                        rs.getString(7)))
                .list();
    }

    /** Who the entry concerns, never the person who did it. */
    private List<Message> messagesFor(Entry entry) {
        if (entry.action().startsWith("story.")) {
            return storyMessages(entry);
        }
        Optional<WorkflowRow> found = entry.revisionId() == null ? Optional.empty() : queries.find(entry.revisionId());
        if (found.isEmpty()) {
            return List.of();
        }
        WorkflowRow row = found.get();
        String link = "/editor/revisions/" + row.revisionId();
        String title = row.title() + " (revision " + row.revisionNumber() + ")";
        List<UserAccount> to = new ArrayList<>();
        switch (entry.action()) {
            case "revision.submitted" ->
                to.addAll(withRole(Role.REVIEWER).stream()
                        .filter(reviewer -> !queries.wroteText(reviewer, row.revisionId()))
                        .toList());
            case "revision.approved" -> {
                author(row).ifPresent(to::add);
                withRole(Role.EDITOR).stream().filter(e -> !to.contains(e)).forEach(to::add);
            }
            default -> author(row).ifPresent(to::add);
        }
        return to.stream()
                .filter(person -> !person.username().equals(entry.actor()))
                .map(person -> new Message(person, title, entry.detail(), link))
                .toList();
    }

    private List<Message> storyMessages(Entry entry) {
        Matcher story = STORY.matcher(entry.detail() == null ? "" : entry.detail());
        boolean named = story.find();
        String link = named ? "/moderation/stories/" + story.group(1) : "/moderation";
        String title = named ? "Story " + story.group(1) : "Story";
        return withRole(Role.MODERATOR).stream()
                .map(moderator -> new Message(moderator, title, entry.detail(), link))
                .toList();
    }

    private Optional<UserAccount> author(WorkflowRow row) {
        return row.authorId() == null
                ? Optional.empty()
                : users.findById(row.authorId()).filter(UserAccount::enabled);
    }

    private List<UserAccount> withRole(Role role) {
        return users.findAll().stream()
                .filter(UserAccount::enabled)
                .filter(user -> user.has(role))
                .toList();
    }
}
