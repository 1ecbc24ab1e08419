package org.salus.cdshooks.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.cdshooks.CardsIssued;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback SQL against a real database: H2 in {@link CardRecordsTests}, PostgreSQL in
 * {@link CardRecordsPostgresTests}. Each test rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
abstract class CardRecordsContract {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Autowired
    CardRecords records;

    @Autowired
    ArticleReader articles;

    @Autowired
    IssuedCardsListener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void usageCountsCardsShownInTheWindowAndEachCardOncePerOutcome() {
        long article = article("obesity");
        UUID accepted = UUID.randomUUID();
        UUID overriddenThenAccepted = UUID.randomUUID();
        UUID ignored = UUID.randomUUID();
        UUID tooOld = UUID.randomUUID();
        listener.on(new CardsIssued(
                "salus-education",
                NOW,
                List.of(
                        new CardsIssued.Card(accepted, article),
                        new CardsIssued.Card(overriddenThenAccepted, article),
                        new CardsIssued.Card(ignored, article))));
        listener.on(new CardsIssued(
                "salus-education", NOW.minus(Duration.ofDays(91)), List.of(new CardsIssued.Card(tooOld, article))));
        records.store(
                List.of(
                        outcome(accepted, CardOutcome.Outcome.ACCEPTED, null),
                        outcome(accepted, CardOutcome.Outcome.ACCEPTED, null),
                        outcome(overriddenThenAccepted, CardOutcome.Outcome.OVERRIDDEN, reason()),
                        outcome(overriddenThenAccepted, CardOutcome.Outcome.ACCEPTED, null),
                        outcome(tooOld, CardOutcome.Outcome.ACCEPTED, null)),
                NOW);

        CardUsage usage = records.usage(article, NOW.minus(Duration.ofDays(90)));

        assertThat(usage).isEqualTo(new CardUsage(3, 2, 1));
        assertThat(records.usage(article("prediabetes"), NOW.minus(Duration.ofDays(90))))
                .isEqualTo(new CardUsage(0, 0, 0));
    }

    @Test
    void servicesOfNamesTheIssuerOfKnownCardsOnly() {
        UUID education = UUID.randomUUID();
        UUID medicines = UUID.randomUUID();
        listener.on(new CardsIssued(
                "salus-education", NOW, List.of(new CardsIssued.Card(education, article("prediabetes")))));
        listener.on(new CardsIssued(
                "salus-medicines", NOW, List.of(new CardsIssued.Card(medicines, article("prediabetes")))));

        Map<UUID, String> issuers = records.servicesOf(Set.of(education, medicines, UUID.randomUUID()));

        assertThat(issuers).isEqualTo(Map.of(education, "salus-education", medicines, "salus-medicines"));
        assertThat(records.servicesOf(Set.of())).isEmpty();
    }

    /** An answer never waits for the database: past the queue's bound its cards go uncounted, and say so. */
    @Test
    void pastTheQueuesBoundAnAnswersCardsAreNotCountedAndTheAnswerDoesNotWait() {
        CardRecords small = new CardRecords(jdbc, jdbcTemplate, transactions, 2);
        long article = article("obesity");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        small.issued(new CardsIssued(
                "salus-education",
                NOW,
                List.of(new CardsIssued.Card(first, article), new CardsIssued.Card(second, article))));
        int queued = small.issued(
                new CardsIssued("salus-education", NOW, List.of(new CardsIssued.Card(UUID.randomUUID(), article))));

        assertThat(queued).isEqualTo(2);
        assertThat(small.takeNotCounted()).isEqualTo(1);
        assertThat(small.takeNotCounted()).isZero();
        assertThat(small.flush()).isEqualTo(2);
        assertThat(small.servicesOf(Set.of(first, second))).hasSize(2);
    }

    @Test
    void aCardStillQueuedIsFoundAndTakesFeedbackAtOnce() {
        UUID card = UUID.randomUUID();
        records.issued(
                new CardsIssued("salus-education", NOW, List.of(new CardsIssued.Card(card, article("obesity")))));

        assertThat(records.servicesOf(Set.of(card))).isEqualTo(Map.of(card, "salus-education"));
        records.store(List.of(outcome(card, CardOutcome.Outcome.ACCEPTED, null)), NOW);
        assertThat(feedbackRows(card)).isEqualTo(1);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // as on shutdown: no transaction around the write
    void closingWritesWhatIsQueuedAndACardThatCannotBeWrittenLosesOnlyItself() {
        UUID card = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        listener.on(new CardsIssued(
                "salus-education",
                NOW,
                List.of(new CardsIssued.Card(card, article("obesity")), new CardsIssued.Card(orphan, -42))));

        listener.destroy();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM cds_card_issued WHERE card_uuid IN (?, ?)")
                        .params(card.toString(), orphan.toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(records.flush()).isZero();
        jdbc.sql("DELETE FROM cds_card_issued WHERE card_uuid = ?")
                .param(card.toString())
                .update();
    }

    @Test
    void retentionDeletesCardsShownBeforeTheKeptPeriodWithTheirFeedback() {
        long article = article("insulin-resistance");
        Instant cutoff = NOW.atZone(ZoneOffset.UTC).minus(Period.ofYears(1)).toInstant();
        UUID old = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        listener.on(new CardsIssued(
                "salus-education", cutoff.minusSeconds(1), List.of(new CardsIssued.Card(old, article))));
        listener.on(new CardsIssued("salus-education", cutoff, List.of(new CardsIssued.Card(kept, article))));
        records.store(
                List.of(
                        outcome(old, CardOutcome.Outcome.OVERRIDDEN, reason()),
                        outcome(kept, CardOutcome.Outcome.ACCEPTED, null)),
                NOW);

        new CdsFeedbackRetention(
                        records,
                        Clock.fixed(NOW, ZoneOffset.UTC),
                        new CdsFeedbackProperties(Period.ofYears(1), CdsFeedbackProperties.RETENTION_CRON))
                .run();

        assertThat(records.servicesOf(Set.of(old, kept))).containsOnlyKeys(kept);
        assertThat(records.usage(article, Instant.EPOCH)).isEqualTo(new CardUsage(1, 1, 0));
    }

    private int feedbackRows(UUID card) {
        return jdbc.sql("SELECT COUNT(*) FROM cds_card_feedback WHERE card_uuid = ?")
                .param(card.toString())
                .query(Integer.class)
                .single();
    }

    private long article(String slug) {
        return articles.published(slug).orElseThrow().articleId();
    }

    private static CardOutcome outcome(UUID card, CardOutcome.Outcome outcome, CardOutcome.Reason reason) {
        return new CardOutcome(card, outcome, reason, NOW.minusSeconds(60));
    }

    private static CardOutcome.Reason reason() {
        return new CardOutcome.Reason("https://example.com/override", "d7ecf885", "Already given");
    }
}
