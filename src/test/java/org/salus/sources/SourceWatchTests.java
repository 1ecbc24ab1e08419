package org.salus.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salus.account.Role;
import org.salus.jobs.JobLockConfiguration;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The watch end to end: an article cites pages of a real loopback server; the job's checks record
 * unchanged (304), changed, gone, moved, slow and huge pages; editors and reviewers see the findings on
 * the article's editorial page and in {@code /editor/sources}; readers and writers do not.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
        properties = {
            "salus.sources.allowed-private-hosts=127.0.0.1",
            "salus.sources.timeout=PT1S",
            "salus.sources.per-host=PT0S"
        })
class SourceWatchTests {

    static final LocalDate CITED = LocalDate.of(2026, 11, 1);
    static final String[] PATHS = {"/same", "/changing", "/chrome", "/gone404", "/gone410", "/moved", "/slow", "/huge"};

    @Autowired
    SourceWatch watch;

    @Autowired
    SourceChecker checker;

    @Autowired
    SourceCheckRepository checks;

    @Autowired
    Publisher publisher;

    @Autowired
    People people;

    @Autowired
    Http http;

    @Autowired
    DataSource dataSource;

    LoopbackSite site;
    final Map<String, SourceCheck> first = new ConcurrentHashMap<>();
    final Map<String, SourceCheck> second = new ConcurrentHashMap<>();
    volatile String changingText = "Eat less salt.";
    final AtomicInteger chromeVisits = new AtomicInteger();

    @BeforeAll
    void citeAndCheckTwice() throws IOException {
        site = new LoopbackSite()
                .on("/same", LoopbackSite.withEtag("\"v1\"", "<main><p>Walk every day.</p></main>"))
                .on("/changing", e -> LoopbackSite.html(e, 200, "<main><p>" + changingText + "</p></main>"))
                .on("/chrome", e -> LoopbackSite.html(e, 200, """
                        <header>Visit %1$d</header><nav><a href="/x">Menu %1$d</a></nav>
                        <main><p>Sleep   seven hours.</p></main><script>var v = %1$d;</script>
                        <footer>Updated %1$d</footer>""".formatted(chromeVisits.incrementAndGet())))
                .on("/gone404", e -> LoopbackSite.html(e, 404, "<p>Not found</p>"))
                .on("/gone410", e -> LoopbackSite.html(e, 410, "<p>Gone</p>"))
                .on("/moved", e -> LoopbackSite.redirect(e, 301, "/moved-here"))
                .on("/moved-here", e -> LoopbackSite.html(e, 200, "<p>New home.</p>"))
                .on("/slow", LoopbackSite.slow(3_000))
                .on("/huge", LoopbackSite.huge(20));
        Drafts draft = Drafts.draft("Watched Condition");
        for (String path : PATHS) {
            draft.source("Loopback", "Page " + path, site.base() + path, CITED);
        }
        publisher.publish("watched-condition", draft.build());

        for (String path : PATHS) {
            first.put(path, checker.check(site.base() + path));
        }
        changingText = "Eat no salt at all.";
        for (String path : PATHS) {
            second.put(path, checker.check(site.base() + path));
        }
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void theJobChecksEveryUrlThatALiveRevisionCites() {
        assertThat(checks.citedUrls()).contains(site.base() + "/same", site.base() + "/huge");
    }

    @Test
    void anUnchangedPageIsAskedConditionallyAndAnswers304() {
        SourceCheck check = second.get("/same");

        assertThat(check.httpStatus()).isEqualTo(304);
        assertThat(check.outcome()).isEqualTo("ok");
        assertThat(check.textHash()).isEqualTo(first.get("/same").textHash()).isNotNull();
        assertThat(check.lastChanged()).isNull();
        assertThat(site.last("/same").headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void changedMainTextIsRecordedWithItsDateButNewChromeIsNot() {
        assertThat(first.get("/changing").lastChanged()).isNull();
        assertThat(second.get("/changing").lastChanged()).isEqualTo(FixedClock.NOW);
        assertThat(second.get("/changing").textHash())
                .isNotEqualTo(first.get("/changing").textHash());

        assertThat(chromeVisits.get()).isEqualTo(2);
        assertThat(second.get("/chrome").lastChanged()).isNull();
        assertThat(second.get("/chrome").textHash())
                .isEqualTo(first.get("/chrome").textHash());
    }

    @Test
    void goneMovedSlowAndHugeAreEachRecorded() {
        assertThat(second.get("/gone404"))
                .extracting(SourceCheck::outcome, SourceCheck::httpStatus)
                .containsExactly("gone", 404);
        assertThat(second.get("/gone410"))
                .extracting(SourceCheck::outcome, SourceCheck::httpStatus)
                .containsExactly("gone", 410);
        assertThat(second.get("/moved"))
                .extracting(SourceCheck::outcome, SourceCheck::finalUrl)
                .containsExactly("moved", site.base() + "/moved-here");
        assertThat(second.get("/slow"))
                .extracting(SourceCheck::outcome, SourceCheck::httpStatus, SourceCheck::problem)
                .containsExactly("unreachable", null, "no answer within 1 s");
        assertThat(second.get("/huge").outcome()).isEqualTo("ok");
        assertThat(second.get("/huge").textHash()).isNotNull();
        assertThat(second.get("/gone404").firstSeen()).isEqualTo(FixedClock.NOW);
        assertThat(second.get("/gone404").outcomeSince()).isEqualTo(FixedClock.NOW);
    }

    @Test
    void editorsSeeTheFindingsOnTheArticlesEditorialPage() {
        people.create("watch-editor", Role.EDITOR);

        Document page = Http.html(signedIn("watch-editor").get("/editor/articles/watched-condition"));

        assertThat(findings(page, "#source-watch"))
                .containsOnly(
                        Map.entry("/changing", "changed"),
                        Map.entry("/gone404", "gone"),
                        Map.entry("/gone410", "gone"),
                        Map.entry("/moved", "moved"),
                        Map.entry("/slow", "unreachable"));
        assertThat(page.selectFirst("#source-watch tr[data-kind=changed]").text())
                .contains("Source changed since you cited it", "November 29, 2026");
        assertThat(page.selectFirst("#source-watch tr[data-kind=moved] .final-url")
                        .text())
                .isEqualTo(site.base() + "/moved-here");
        assertThat(page.selectFirst("#source-watch tr[data-kind=gone]").text()).contains("HTTP 404");
    }

    @Test
    void reviewersSeeEveryFindingInTheList() {
        people.create("watch-reviewer", Role.REVIEWER);

        Document list = Http.html(signedIn("watch-reviewer").get("/editor/sources"));

        assertThat(findings(list, ".source-notices")).containsEntry("/changing", "changed");
        assertThat(list.select(".source-notices a[href=/editor/articles/watched-condition]"))
                .isNotEmpty();
        assertThat(list.selectFirst("#sources-last-run")).isNotNull();
    }

    @Test
    void readersAndWritersAreRefusedTheList() {
        people.create("watch-writer", Role.WRITER);

        HttpResponse<String> reader = http.visitor().get("/editor/sources");
        assertThat(reader.statusCode()).isEqualTo(302);
        assertThat(reader.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(signedIn("watch-writer").get("/editor/sources").statusCode()).isEqualTo(403);
    }

    @Test
    void aRunIsSkippedWhileAnotherNodeHoldsTheLock() {
        publisher.publish(
                "watch-locked",
                Drafts.draft("Locked Condition")
                        .source("Loopback", "Locked", site.base() + "/locked", CITED)
                        .build());
        Optional<SimpleLock> otherNode = JobLockConfiguration.forNode(dataSource, "another-node")
                .lock(new LockConfiguration(Instant.now(), SourceWatch.LOCK, Duration.ofMinutes(1), Duration.ZERO));
        assertThat(otherNode).isPresent();
        try {
            watch.run();
        } finally {
            otherNode.get().unlock();
        }

        assertThat(site.count("/locked")).isZero();
        assertThat(checks.find(site.base() + "/locked")).isEmpty();
    }

    @Test
    void aSiteThatTurnedTheWatchOffFetchesNothing(@Autowired SourceWatchProperties settings) {
        publisher.publish(
                "watch-off",
                Drafts.draft("Unwatched Condition")
                        .source("Loopback", "Unwatched", site.base() + "/unwatched", CITED)
                        .build());
        SourceWatchProperties off = new SourceWatchProperties(
                false,
                settings.check(),
                settings.connectTimeout(),
                settings.timeout(),
                settings.maxBytes(),
                settings.perHost(),
                settings.allowedPrivateHosts());

        new SourceWatch(checks, checker, off).run();

        assertThat(site.count("/unwatched")).isZero();
        assertThat(checks.find(site.base() + "/unwatched")).isEmpty();
    }

    /** Each notice row's cited path and kind. */
    private Map<String, String> findings(Document page, String table) {
        return page.select(table + " tr[data-kind]").stream()
                .collect(Collectors.toMap(
                        row -> row.attr("data-url").substring(site.base().length()), row -> row.attr("data-kind")));
    }

    private Visitor signedIn(String username) {
        Visitor visitor = http.visitor();
        visitor.signIn(username, People.PASSWORD);
        return visitor;
    }
}
