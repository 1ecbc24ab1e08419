package org.salus.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every database must give the change log's followers (run on H2 by
 * {@link ChangeFollowerTests}, on PostgreSQL by {@link ChangeFollowerPostgresTests}): changes in
 * position order, none skipped because its transaction committed after a later one, rolled-back
 * and unreadable positions passed over, and a new follower starting at the log's end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ChangeFollowerContract {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    ChangeLog log;
    final List<Long> delivered = new CopyOnWriteArrayList<>();
    final List<Long> throughs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void ownLog() {
        // A log object of the test's own, so only the followers made here are woken by its commits.
        log = new ChangeLog(jdbc, dataSource, Clock.systemUTC());
    }

    ChangeFollower follower(Duration gapTimeout) {
        ChangeListener recorder = (changes, through) -> {
            changes.forEach(change -> delivered.add(change.position()));
            throughs.add(through);
        };
        ChangeFollower follower = new ChangeFollower(log, () -> List.of(recorder), Clock.systemUTC(), gapTimeout);
        follower.position();
        return follower;
    }

    long append(String slug) {
        return transactions.execute(status -> {
            log.append(Change.of(Change.Kind.ARTICLE_PUBLISHED).article(1, slug));
            return lastPosition();
        });
    }

    long lastPosition() {
        return jdbc.sql("SELECT MAX(id) FROM change_log").query(Long.class).single();
    }

    @Test
    void deliversCommittedChangesInOrderRightAfterEachCommit() {
        ChangeFollower follower = follower(Duration.ofMinutes(10));
        long a = append("a");
        long b = append("b");
        long c = append("c");

        assertThat(delivered).containsExactly(a, b, c);
        assertThat(follower.through()).isEqualTo(c);
    }

    @Test
    void neverMovesPastAPositionWhoseTransactionHasNotCommittedYet() throws Exception {
        ChangeFollower follower = follower(Duration.ofMinutes(10));
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        long[] slow = new long[1];
        CompletableFuture<Void> slowWriter =
                CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                    log.append(Change.of(Change.Kind.ARTICLE_PUBLISHED).article(2, "slow"));
                    slow[0] = jdbc.sql("SELECT MAX(id) FROM change_log")
                            .query(Long.class)
                            .single();
                    appended.countDown();
                    await(release);
                }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();

        long fast = append("fast");
        assertThat(fast).isGreaterThan(slow[0]);
        assertThat(delivered).containsExactly(fast);
        assertThat(follower.through()).isLessThan(slow[0]);

        release.countDown();
        slowWriter.get(10, TimeUnit.SECONDS);
        follower.poll();
        assertThat(delivered).containsExactly(fast, slow[0]);
        assertThat(follower.through()).isEqualTo(fast);
    }

    @Test
    void passesOverARolledBackPositionAndAnUnreadableRow() {
        ChangeFollower follower = follower(rolledBackGapTimeout());
        transactions.executeWithoutResult(status -> {
            log.append(Change.of(Change.Kind.ARTICLE_PUBLISHED).article(3, "rolled-back"));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> jdbc.sql(
                        "INSERT INTO change_log (kind, subjects, recorded_at) VALUES ('NO_SUCH_KIND', 'article:x', CURRENT_TIMESTAMP)")
                .update());
        long unreadable = lastPosition();
        long after = append("after");

        follower.poll(); // the rolled-back position is given up on this poll at the latest
        assertThat(delivered).containsExactly(after).doesNotContain(unreadable);
        assertThat(follower.through()).isEqualTo(after);
    }

    @Test
    void aNewFollowerStartsAtTheEndOfTheLog() {
        append("before");
        ChangeFollower follower = follower(Duration.ofMinutes(10));
        follower.poll();

        assertThat(delivered).isEmpty();
        assertThat(follower.through()).isEqualTo(lastPosition());
        long next = append("next");
        assertThat(delivered).containsExactly(next);
    }

    /** How long a follower waits for a position that may still commit, before it gives up on it. */
    abstract Duration rolledBackGapTimeout();

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
