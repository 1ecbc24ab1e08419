package org.salus.cdshooks.feedback;

import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.salus.cdshooks.CardsIssued;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** SQL for {@code cds_card_issued} and {@code cds_card_feedback}, the tables of this package. */
@Repository
class CardRecords {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CardRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores the cards of one answer in one batch (one round trip on the answer's path). */
    void issued(CardsIssued answer) {
        List<Object[]> rows = answer.cards().stream()
                .map(card ->
                        new Object[] {card.uuid().toString(), answer.serviceId(), card.articleId(), utc(answer.at())})
                .toList();
        batch.batchUpdate(
                "INSERT INTO cds_card_issued (card_uuid, service_id, article_id, issued_at) VALUES (?, ?, ?, ?)", rows);
    }

    /** The service that issued each of {@code cards} that is known; unknown cards are missing from the map. */
    Map<UUID, String> servicesOf(Collection<UUID> cards) {
        if (cards.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT card_uuid, service_id FROM cds_card_issued WHERE card_uuid IN (:cards)")
                .param("cards", cards.stream().map(UUID::toString).toList())
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString(1)), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Stores every outcome or none. */
    @Transactional
    void store(List<CardOutcome> outcomes, Instant received) {
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
    @Transactional
    int deleteIssuedBefore(Instant cutoff) {
        jdbc.sql("""
                        DELETE FROM cds_card_feedback WHERE card_uuid IN
                        (SELECT card_uuid FROM cds_card_issued WHERE issued_at < :cutoff)""").param("cutoff", utc(cutoff)).update();
        return jdbc.sql("DELETE FROM cds_card_issued WHERE issued_at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
    }
}
