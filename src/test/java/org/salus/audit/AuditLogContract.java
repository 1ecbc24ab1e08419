package org.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit page's filters and paging in SQL, on each database: {@link AuditLogTests} (H2) and
 * {@link AuditLogPostgresTests}. Names are new on every run (the PostgreSQL database outlives it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AuditLogContract {

    @Autowired
    JdbcClient jdbc;

    final String ana = "ana-" + UUID.randomUUID().toString().substring(0, 8);
    final String ben = "ben-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void sevenEntriesOverThreeDays() {
        at("2026-03-01T10:00:00Z").recordAccount(ana, "sign-in", ana, null);
        at("2026-03-01T11:00:00Z").recordTerm(ana, "term.saved", ana + "-term", null, null, null);
        at("2026-03-02T09:00:00Z").recordAccount(ben, "password.changed", ben, null);
        at("2026-03-02T10:00:00Z").recordAccount(ana, "user.roles-changed", ben, "writer → editor");
        at("2026-03-03T08:00:00Z").recordAccount(ben, "sign-in", ben, null);
        at("2026-03-03T09:00:00Z").recordAccount(ana, "sign-in", ana, null);
        at("2026-03-03T23:59:59Z").recordAccount(ben, "api-key.issued", "#1", null);
    }

    private AuditLog at(String instant) {
        return new AuditLog(jdbc, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private AuditFilter by(String actor) {
        return new AuditFilter(actor, null, null, null, null, null);
    }

    private AuditLog log() {
        return at("2026-03-04T00:00:00Z");
    }

    @Test
    void filtersByWhoAndByActionNewestFirst() {
        assertThat(actions(new AuditFilter(ana, null, null, null, null, null)))
                .containsExactly("sign-in", "user.roles-changed", "term.saved", "sign-in");
        assertThat(log().count(new AuditFilter(ana, "sign-in", null, null, null, null)))
                .isEqualTo(2);
    }

    @Test
    void filtersByTheAccountOrTermAnEntryIsAbout() {
        assertThat(log().find(new AuditFilter(null, null, null, ben, null, null), 0, 10).stream()
                        .map(e -> e.actor() + " " + e.action())
                        .toList())
                .containsExactly(ben + " sign-in", ana + " user.roles-changed", ben + " password.changed");
        assertThat(actions(new AuditFilter(ana, null, null, ana + "-term", null, null)))
                .containsExactly("term.saved");
    }

    @Test
    void filtersByDateRangeWithTheLastDayIncluded() {
        AuditFilter secondAndThird = new AuditFilter(
                null, null, null, null, Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"));
        List<AuditEntry> both = log().find(secondAndThird, 0, 100).stream()
                .filter(e -> e.actor().equals(ana) || e.actor().equals(ben))
                .toList();
        assertThat(both).hasSize(5);
        assertThat(actions(new AuditFilter(
                        ben,
                        null,
                        null,
                        null,
                        Instant.parse("2026-03-03T00:00:00Z"),
                        Instant.parse("2026-03-04T00:00:00Z"))))
                .containsExactly("api-key.issued", "sign-in");
    }

    @Test
    void pagesThroughTheMatchesWithoutRepeatsOrGaps() {
        AuditFilter filter = by(ana);
        assertThat(log().count(filter)).isEqualTo(4);
        List<Long> first = log().find(filter, 0, 3).stream().map(AuditEntry::id).toList();
        List<Long> second =
                log().find(filter, 3, 3).stream().map(AuditEntry::id).toList();
        List<Long> all = log().find(filter, 0, 10).stream().map(AuditEntry::id).toList();
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(1);
        assertThat(concat(first, second)).isEqualTo(all);
    }

    @Test
    void theActionsToChooseFromAreThoseRecorded() {
        assertThat(log().actions())
                .contains("sign-in", "password.changed", "api-key.issued")
                .doesNotHaveDuplicates();
    }

    private List<String> actions(AuditFilter filter) {
        return log().find(filter, 0, 100).stream().map(AuditEntry::action).toList();
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
