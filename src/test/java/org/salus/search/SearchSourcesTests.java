package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salus.article.Syndication;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Results that share a title name their source (docs/search.md): two imported "High Blood
 * Pressure" pages beside the site's own. Its own context: other tests count the sample's results.
 */
@SiteTest
@OwnContext("search-sources")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSourcesTests {

    static final String NHLBI = "National Heart, Lung, and Blood Institute (NHLBI), via MedQuAD";
    static final String NIA = "National Institute on Aging (NIA), via MedQuAD";

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    SearchIndex index;

    @BeforeAll
    void twoMoreHighBloodPressurePages() {
        publisher.syndicate(
                "high-blood-pressure-nhlbi",
                Drafts.draft("High Blood Pressure")
                        .summary("Blood pressure that stays high, as the NHLBI explains it.")
                        .build(),
                new Syndication(NHLBI, LocalDate.of(2026, 11, 1)));
        publisher.syndicate(
                "high-blood-pressure-nia",
                // Not the same text as NHLBI's (which would fold into one result): the same title.
                Drafts.draft("High Blood Pressure")
                        .summary("High blood pressure in older people, as the NIA explains it.")
                        .build(),
                new Syndication(NIA, LocalDate.of(2026, 11, 1)));
        index.awaitQuiet(Duration.ofSeconds(10));
    }

    @Test
    void resultsThatShareATitleNameTheirSource() {
        assertThat(metaOfSameTitles("/search?q=high+blood+pressure"))
                .containsExactlyInAnyOrder(
                        "Condition · From Salus Health", "Condition · From " + NHLBI, "Condition · From " + NIA);
    }

    @Test
    void spanishReadersSeeTheSourcesInSpanish() {
        assertThat(metaOfSameTitles("/es/search?q=high+blood+pressure"))
                .containsExactlyInAnyOrder(
                        "Enfermedad · Inglés (English) · De Salus Health",
                        "Enfermedad · Inglés (English) · De " + NHLBI,
                        "Enfermedad · Inglés (English) · De " + NIA);
    }

    @Test
    void theSitesOwnArticleWithATitleOfItsOwnNamesNoSource() {
        Element first = Http.html(http.get("/search?q=dark+patches+on+neck")).selectFirst("ol.search-results > li");

        assertThat(first.selectFirst("h2 a").text()).isEqualTo("Acanthosis Nigricans");
        assertThat(first.selectFirst(".result-meta").text()).isEqualTo("Condition");
    }

    @Test
    void suggestionsThatShareATitleCarryTheirSourceAndOthersNone() {
        String body = http.get("/search/suggest?q=high+blood+pres").body();

        assertThat(body)
                .contains("\"source\":\"Salus Health\"")
                .contains("\"source\":\"" + NHLBI + "\"")
                .contains("\"source\":\"" + NIA + "\"");
        assertThat(http.get("/search/suggest?q=acanthosis").body())
                .contains("acanthosis-nigricans")
                .doesNotContain("\"source\":\"");
    }

    private List<String> metaOfSameTitles(String path) {
        Document page = Http.html(http.get(path));
        return page.select("ol.search-results > li").stream()
                .filter(li -> li.selectFirst("h2 a").text().equals("High Blood Pressure"))
                .map(li -> li.selectFirst(".result-meta").text())
                .toList();
    }
}
