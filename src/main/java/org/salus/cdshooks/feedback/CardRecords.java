package org.salus.cdshooks.feedback;

import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.salus.cdshooks.CardsIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SQL for {@code cds_card_issued} and {@code cds_card_feedback}, the tables of this package.
 *
 * <p>Issued cards are queued and written in batches ({@link #flush()}, run by
 * {@link IssuedCardsListener} twice a second and on shutdown), not one insert and commit per answer:
 * that insert was a sixth of a patient-view answer's CPU and sat on its path (docs/cds-hooks.md
 * "Speed"). Feedback's check and retention first write what is queued, so feedback on a card that is
 * still queued on this node is accepted; the editors' counts may lag by the half second.
 */
@Repository
class CardRecords {

    private static final Logger log = LoggerFactory.getLogger(CardRecords.class);

    private static final String INSERT =
            "INSERT INTO cds_card_issued (card_uuid, service_id, article_id, issued_at) VALUES (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final ConcurrentLinkedQueue<Object[]> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedCount = new AtomicInteger();
    /**
     * Cards waiting to be written at most: about 20 seconds of a busy node's answers (5,000 cards a
     * second), a few megabytes. Beyond it counting gives way, never the answers.
     */
    static final int MAX_QUEUED = 100_000;

    private final int maxQueued;
    private final AtomicLong notCounted = new AtomicLong();
    /** One flush at a time, so a reader that flushes waits for one under way to commit. */
    private final ReentrantLock flushing = new ReentrantLock();

    @Autowired
    CardRecords(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this(jdbc, batch, transactions, MAX_QUEUED);
    }

    CardRecords(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, int maxQueued) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = new TransactionTemplate(transactions);
        this.maxQueued = maxQueued;
    }

    /**
     * Queues the cards of one answer for the next {@link #flush()}; returns how many cards are queued
     * now. Never waits: when more than {@code maxQueued} cards already wait (the database cannot keep
     * up), the answer's cards are not counted ({@link #takeNotCounted()}) and the answer still leaves.
     */
    int issued(CardsIssued answer) {
        if (queuedCount.get() + answer.cards().size() > maxQueued) {
            notCounted.addAndGet(answer.cards().size());
            return queuedCount.get();
        }
        for (CardsIssued.Card card : answer.cards()) {
            queued.add(new Object[] {card.uuid().toString(), answer.serviceId(), card.articleId(), utc(answer.at())});
        }
        return queuedCount.addAndGet(answer.cards().size());
    }

    /**
     * Writes the queued cards, in one batch; returns how many were written. A card that cannot be
     * written (its article deleted meanwhile) is logged by count and dropped, never the others with
     * it: counting must not fail anything else. Runs in the caller's transaction when there is one.
     */
    int flush() {
        flushing.lock();
        try {
            List<Object[]> rows = new ArrayList<>();
            for (Object[] row = queued.poll(); row != null; row = queued.poll()) {
                rows.add(row);
            }
            if (rows.isEmpty()) {
                return 0;
            }
            queuedCount.addAndGet(-rows.size());
            try {
                // One transaction for the batch: with auto-commit each row would be a commit.
                transaction.executeWithoutResult(status -> batch.batchUpdate(INSERT, rows));
                return rows.size();
            } catch (DataAccessException e) {
                return oneByOne(rows);
            }
        } finally {
            flushing.unlock();
        }
    }

    /** The cards left uncounted since the last call, because too many waited to be written. */
    long takeNotCounted() {
        return notCounted.getAndSet(0);
    }

    /** After a failed batch: each row on its own (a row already written is a duplicate key: skipped). */
    private int oneByOne(List<Object[]> rows) {
        int written = 0;
        int lost = 0;
        DataAccessException last = null;
        for (Object[] row : rows) {
            try {
                written += jdbc.sql("SELECT COUNT(*) FROM cds_card_issued WHERE card_uuid = ?")
                                        .param(row[0])
                                        .query(Integer.class)
                                        .single()
                                > 0
                        ? 0
                        : batch.update(INSERT, row);
            } catch (DataAccessException e) {
                lost++;
                last = e;
            }
        }
        if (lost > 0) {
            log.warn(
                    "Could not record {} CDS Hooks cards: {}",
                    lost,
                    last.getMostSpecificCause().getClass().getSimpleName());
        }
        return written;
    }

    /** The service that issued each of {@code cards} that is known; unknown cards are missing from the map. */
    Map<UUID, String> servicesOf(Collection<UUID> cards) {
        if (cards.isEmpty()) {
            return Map.of();
        }
        flush();
        return jdbc
                .sql("SELECT card_uuid, service_id FROM cds_card_issued WHERE card_uuid IN (:cards)")
                .param("cards", cards.stream().map(UUID::toString).toList())
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString(1)), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Stores every outcome or none. */
    void store(List<CardOutcome> outcomes, Instant received) {
        flush(); // outside the outcomes' transaction: their failure must not take queued cards with it
        transaction.executeWithoutResult(status -> storeEach(outcomes, received));
    }

    private void storeEach(List<CardOutcome> outcomes, Instant received) {
        for (CardOutcome o : outcomes) {
            Optional<CardOutcome.Reason> reason = Optional.ofNullable(o.reason());
            jdbc.sql("""
                            INSERT INTO cds_card_feedback (card_uuid, outcome, reason_system, reason_code, reason_display, outcome_at, received_at)
                            VALUES (:card, :outcome, :system, :code, :display, :at, :received)""")
                    .param("card", o.card().toString())
                    .param("outcome", o.outcome().code())
                    .param("system", reason.map(CardOutcome.Reason::system).orElse(null))
                    .param("code", reason.map(CardOutcome.Reason::code).orElse(null))
                    .param("display", reason.map(CardOutcome.Reason::display).orElse(null))
                    .param("at", utc(o.at()))
                    .param("received", utc(received))
                    .update();
        }
    }

    /**
     * An article's cards issued since {@code since}: how many, and how many of them the EHR users
     * accepted or overrode at least once (a card reported twice counts once).
     */
    CardUsage usage(long articleId, Instant since) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS shown,
                               SUM(CASE WHEN EXISTS (SELECT 1 FROM cds_card_feedback f
                                   WHERE f.card_uuid = i.card_uuid AND f.outcome = 'accepted') THEN 1 ELSE 0 END) AS accepted,
                               SUM(CASE WHEN EXISTS (SELECT 1 FROM cds_card_feedback f
                                   WHERE f.card_uuid = i.card_uuid AND f.outcome = 'overridden') THEN 1 ELSE 0 END) AS overridden
                        FROM cds_card_issued i
                        WHERE i.article_id = :article AND i.issued_at >= :since""")
                .param("article", articleId)
                .param("since", utc(since))
                .query((rs, n) -> new CardUsage(rs.getLong("shown"), rs.getLong("accepted"), rs.getLong("overridden")))
                .single();
    }

    /** Deletes the cards issued before {@code cutoff} and the feedback on them; returns the cards deleted. */
    int deleteIssuedBefore(Instant cutoff) {
        flush();
        return transaction.execute(status -> deleteBefore(cutoff));
    }

    private int deleteBefore(Instant cutoff) {
        jdbc.sql("""
                        DELETE FROM cds_card_feedback WHERE card_uuid IN
                        (SELECT card_uuid FROM cds_card_issued WHERE issued_at < :cutoff)""").param("cutoff", utc(cutoff)).update();
        return jdbc.sql("DELETE FROM cds_card_issued WHERE issued_at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
    }
}
