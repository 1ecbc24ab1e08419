package org.salus.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.ContentType;
import org.salus.article.Syndication;
import org.salus.dictionary.Dictionary;
import org.salus.dictionary.TermDraft;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Paging of the A–Z and the dictionary, the group pages, {@code /changes}, and entries that share
 * a title. Its own context: it adds 230 topics under Z, 250 dictionary words under Q and two more
 * "High Blood Pressure" pages, which other tests' counts do not expect.
 */
@SiteTest
@OwnContext("browse")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseControllerTests {

    static final int Z_TOPICS = 230;
    static final int Q_WORDS = 250;

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    ArticleWriter writer;

    @Autowired
    Dictionary dictionary;

    @BeforeAll
    void manyTopicsAndWords() {
        Syndication nia = new Syndication("National Institute on Aging (NIA), via MedQuAD", LocalDate.of(2026, 11, 1));
        for (int i = 0; i < Z_TOPICS; i++) {
            publisher.syndicate(
                    "zeta-topic-" + i,
                    Drafts.draft("Zeta topic %03d".formatted(i)).build(),
                    nia);
        }
        publisher.syndicate(
                "high-blood-pressure-nhlbi",
                Drafts.draft("High Blood Pressure").build(),
                new Syndication(
                        "National Heart, Lung, and Blood Institute (NHLBI), via MedQuAD", LocalDate.of(2026, 11, 1)));
        publisher.syndicate(
                "high-blood-pressure-nia", Drafts.draft("High Blood Pressure").build(), nia);
        ArticleRow grouped = writer.findOrCreate("zeta-topic-1", "en", ContentType.CONDITION);
        writer.fileUnder(grouped, List.of("Digestive System"));
        List<TermDraft> words = new ArrayList<>();
        for (int i = 0; i < Q_WORDS; i++) {
            String name = "quux word %03d".formatted(i);
            words.add(new TermDraft(
                    "quux-word-" + i,
                    "en",
                    name,
                    null,
                    "A made-up word for a test, number " + i + ".\n",
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    "Salus Health",
                    null,
                    "quux-word-" + i,
                    null));
        }
        dictionary.saveAll(words);
    }

    @Test
    void aLetterWithManyTopicsIsListedInPagesOfAHundred() {
        Document first = Http.html(http.get("/topics?letter=Z"));
        Document third = Http.html(http.get("/topics?letter=Z&page=3"));

        assertThat(first.select(".az-list li")).hasSize(100);
        assertThat(first.select(".az-list a").first().text()).isEqualTo("Zeta topic 000");
        assertThat(first.selectFirst(".pager-count").text()).isEqualTo("Showing 1–100 of 230");
        assertThat(third.select(".az-list li")).hasSize(30);
        assertThat(third.select(".az-list a").last().text()).isEqualTo("Zeta topic 229");
        assertThat(third.selectFirst(".pager-count").text()).isEqualTo("Showing 201–230 of 230");
    }

    @Test
    void pagingIsANamedNavigationWithNextPreviousAndTheCurrentPageMarked() {
        Document first = Http.html(http.get("/topics?letter=Z"));
        Document second = Http.html(http.get("/topics?letter=Z&page=2"));
        Document last = Http.html(http.get("/topics?letter=Z&page=3"));

        Element nav = first.selectFirst("nav.pagination");
        assertThat(nav.attr("aria-label")).isEqualTo("Pages of health topics");
        assertThat(nav.select("a[rel=prev]")).isEmpty();
        assertThat(nav.selectFirst("a[rel=next]").attr("href")).isEqualTo("/topics?letter=Z&page=2");
        assertThat(nav.selectFirst("a[aria-current=page]").attr("href")).isEqualTo("/topics?letter=Z");
        assertThat(second.selectFirst("nav.pagination a[rel=prev]").attr("href"))
                .isEqualTo("/topics?letter=Z");
        assertThat(second.selectFirst("nav.pagination a[aria-current=page]").text())
                .isEqualTo("Page 2");
        assertThat(last.select("nav.pagination a[rel=next]")).isEmpty();
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).endsWith("/topics?letter=Z&page=2");
    }

    @Test
    void theWholeAToZIsPagedToo() {
        Document all = Http.html(http.get("/topics"));

        assertThat(all.select(".az-list li")).hasSize(100);
        assertThat(all.selectFirst("nav.pagination a[rel=next]").attr("href")).isEqualTo("/topics?page=2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4", "999999", "9999999999", "-1", "abc", "2.5", "%3Cscript%3E"})
    void aPageThatDoesNotExistGetsA400WithAMessageNeverA500(String page) {
        HttpResponse<String> response = http.get("/topics?letter=Z&page=" + page);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.html(response).selectFirst("h1").text())
                .isIn("There is no such page", "That page number is not right");
        assertThat(response.body()).doesNotContain("<script>");
    }

    @Test
    void aPageBeyondTheLastSaysThereIsNoSuchPage() {
        HttpResponse<String> response = http.get("/es/dictionary?page=99");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.html(response).selectFirst("h1").text()).isEqualTo("Esa página no existe");
    }

    @Test
    void theDictionaryIsALetterIndexWithAFirstPageNotEveryWord() {
        Document dictionary = Http.html(http.get("/dictionary"));
        Document q = Http.html(http.get("/dictionary?letter=Q"));
        Document q3 = Http.html(http.get("/dictionary?letter=Q&page=3"));

        assertThat(dictionary.select("dl.terms dt")).hasSize(100);
        assertThat(dictionary.select("nav.az a").eachText()).contains("Q");
        assertThat(q.select("dl.terms dt")).hasSize(100);
        assertThat(q.selectFirst("nav.pagination").attr("aria-label")).isEqualTo("Pages of the dictionary");
        assertThat(q3.select("dl.terms dt")).hasSize(Q_WORDS - 200);
        assertThat(q3.selectFirst(".pager-count").text()).isEqualTo("Showing 201–250 of 250");
        assertThat(http.get("/dictionary?letter=Q&page=4").statusCode()).isEqualTo(400);
    }

    @Test
    void aShortListHasNoPager() {
        assertThat(Http.html(http.get("/topics?letter=I")).select("nav.pagination"))
                .isEmpty();
        assertThat(Http.html(http.get("/es/topics")).select("nav.pagination")).isEmpty();
    }

    @Test
    void entriesThatShareATitleShowTheirSource() {
        Document h = Http.html(http.get("/topics?letter=H"));

        List<String> lines = h.select(".az-list li").eachText().stream()
                .filter(line -> line.startsWith("High Blood Pressure"))
                .toList();
        assertThat(lines)
                .containsExactlyInAnyOrder(
                        "High Blood Pressure Condition From Salus Health",
                        "High Blood Pressure Condition From National Heart, Lung, and Blood Institute (NHLBI), via MedQuAD",
                        "High Blood Pressure Condition From National Institute on Aging (NIA), via MedQuAD");
        assertThat(h.select(".az-list li").eachText())
                .filteredOn(line -> line.startsWith("Hypertension"))
                .allSatisfy(line -> assertThat(line).contains("From "));
        // A title of its own needs no source.
        assertThat(Http.html(http.get("/topics?letter=I")).select(".az-list .source"))
                .isEmpty();
    }

    @Test
    void groupsListTheSitesOwnArticlesAndImportedOnesInBothLanguages() {
        Document groups = Http.html(http.get("/groups"));
        Document spanish = Http.html(http.get("/es/groups"));

        assertThat(groups.select(".browse-groups a").eachText())
                .contains("Endocrine System", "Metabolic Problems", "Digestive System")
                .doesNotContain("Sistema endocrino");
        // each group says how many topics it holds, in words: "(1 topic)", "(3 topics)"
        assertThat(groups.select(".browse-groups .count").eachText())
                .isNotEmpty()
                .allMatch(count -> count.matches("\\((1 topic|[0-9]+ topics)\\)"), "a count in words");
        assertThat(spanish.select(".browse-groups .count").eachText())
                .allMatch(count -> count.matches("\\((1 tema|[0-9]+ temas)\\)"), "a count in words");
        assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Explorar por grupo");
        assertThat(spanish.select(".browse-groups a").eachText())
                .contains("Sistema endocrino", "Problemas metabólicos")
                .doesNotContain("Endocrine System");
        Document endocrine = Http.html(http.get("/groups/endocrine-system"));
        assertThat(endocrine.selectFirst("h1").text()).isEqualTo("Endocrine System");
        assertThat(endocrine.select(".browse-list > li > a").eachText())
                .contains("Insulin Resistance", "Type 2 Diabetes", "Prediabetes")
                .doesNotContain("High Blood Pressure");
        assertThat(Http.html(http.get("/groups/digestive-system"))
                        .select(".browse-list > li > a")
                        .eachText())
                .containsExactly("Zeta topic 001");
        assertThat(Http.html(http.get("/es/groups/sistema-endocrino"))
                        .select(".browse-list > li > a")
                        .eachText())
                .contains("Resistencia a la insulina");
    }

    @Test
    void anUnknownGroupIsNotFound() {
        assertThat(http.get("/groups/no-such-group").statusCode()).isEqualTo(404);
        assertThat(http.get("/es/groups/endocrine-system").statusCode()).isEqualTo(404);
        assertThat(http.get("/groups/endocrine-system?page=2").statusCode()).isEqualTo(400);
    }

    @Test
    void changesListsNewTopicsAndClinicalChangesNewestFirstInPages() {
        Document changes = Http.html(http.get("/changes"));
        Document spanish = Http.html(http.get("/es/changes"));

        assertThat(changes.select("ol.site-changes > li")).hasSize(50);
        assertThat(changes.selectFirst("nav.pagination").attr("aria-label")).isEqualTo("Pages of recent updates");
        assertThat(changes.select("ol.site-changes > li .change-date"))
                .allSatisfy(d -> assertThat(d.text()).isNotBlank());
        assertThat(changes.selectFirst("a[type=application/atom+xml]").attr("href"))
                .isEqualTo("/feed.atom");
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Actualizado recientemente");
        assertThat(spanish.select("ol.site-changes > li > a").eachText())
                .contains("Resistencia a la insulina")
                .doesNotContain("Insulin Resistance");
        assertThat(http.get("/changes?page=0").statusCode()).isEqualTo(400);
    }
}
