package org.salus.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.People;
import org.salus.testsupport.Publisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The source watch's SQL against a real database: the cited URLs of live revisions, a check saved
 * then updated, and the editors' report joining them. H2 in {@link SourceWatchSqlTests},
 * PostgreSQL in {@link SourceWatchSqlPostgresTests}. URLs and slugs are new
 * on every run (the PostgreSQL database outlives it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({People.class, Publisher.class})
abstract class SourceWatchSqlContract {

    static final Instant FIRST = Instant.parse("2026-11-10T08:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-20T08:00:00Z");

    @Autowired
    SourceCheckRepository checks;

    @Autowired
    SourceWatchReport report;

    @Autowired
    Publisher publisher;

    @Autowired
    JdbcClient jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String kept = "https://kept-" + run + ".example.org/page";
    final String vanished = "https://vanished-" + run + ".example.org/page";
    long articleId;

    @BeforeEach
    void publishAnArticleCitingTwoPages() {
        Drafts draft = Drafts.draft("Watched " + run)
                .source("Agency", "Kept page", kept, LocalDate.of(2026, 11, 1))
                .source("Agency", "Vanished page", vanished, LocalDate.of(2026, 11, 1));
        publisher.publish("watched-" + run, draft.build()); // returns the revision's id, not the article's
        articleId = jdbc.sql("SELECT id FROM article WHERE slug = :slug")
                .param("slug", "watched-" + run)
                .query(Long.class)
                .single();
    }

    @Test
    void theLiveRevisionsCitedUrlsAreListed() {
        assertThat(checks.citedUrls()).contains(kept, vanished);
    }

    @Test
    void aCheckIsSavedThenUpdatedInPlace() {
        checks.save(check(vanished, "ok", 200, FIRST, FIRST));
        checks.save(check(vanished, "gone", 404, LATER, LATER));

        SourceCheck found = checks.find(vanished).orElseThrow();
        assertThat(found.outcome()).isEqualTo("gone");
        assertThat(found.httpStatus()).isEqualTo(404);
        assertThat(found.firstSeen()).isEqualTo(FIRST);
        assertThat(found.lastChecked()).isEqualTo(LATER);
        assertThat(found.outcomeSince()).isEqualTo(LATER);
    }

    @Test
    void theReportShowsAGonePageWithItsDateOnTheArticleAndInTheList() {
        checks.save(check(kept, "ok", 200, FIRST, FIRST));
        checks.save(check(vanished, "gone", 410, LATER, LATER));

        SourcePanel panel = report.forArticle(articleId);
        assertThat(panel.cited()).isEqualTo(2);
        assertThat(panel.checked()).isEqualTo(2);
        assertThat(panel.lastChecked()).isEqualTo(LATER);
        assertThat(panel.notices())
                .extracting(SourceNotice::kind, SourceNotice::url, SourceNotice::httpStatus, SourceNotice::since)
                .containsExactly(tuple("gone", vanished, 410, LATER));
        assertThat(report.all())
                .extracting(SourceNotice::url)
                .contains(vanished)
                .doesNotContain(kept);
    }

    private static SourceCheck check(String url, String outcome, int status, Instant checked, Instant since) {
        return new SourceCheck(url, outcome, status, url, null, null, "hash", null, FIRST, checked, null, since);
    }
}
