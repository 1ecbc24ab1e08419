package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The search page and the type-ahead over the sample content, through real HTTP requests. */
@SiteTest
class SearchControllerTests {

    @Autowired
    Http http;

    @Test
    void layWordsFindTheArticleWithTitleTypeAndAMarkedSnippet() {
        Document page = page("/search?q=dark+patches+on+neck");

        Element first = page.selectFirst("ol.search-results > li");
        assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("/topics/acanthosis-nigricans");
        assertThat(first.selectFirst("h2 a").text()).isEqualTo("Acanthosis Nigricans");
        assertThat(first.selectFirst(".result-meta").text()).isEqualTo("Condition");
        assertThat(first.select(".snippet mark").eachText()).anyMatch(word -> word.equalsIgnoreCase("patches"));
        assertThat(page.title()).startsWith("Search: dark patches on neck");
    }

    @Test
    void synonymsAndCodesFindWhatAClinicianWouldGive() {
        assertThat(firstHref("HBP")).isEqualTo("/topics/high-blood-pressure");
        assertThat(firstHref("NIDDM")).isEqualTo("/topics/type-2-diabetes");
        // Names articles (through the lay phrase): articles first, the dictionary's term in its block.
        assertThat(firstHref("high blood sugar")).isIn("/topics/prediabetes", "/topics/type-2-diabetes");
        assertThat(page("/search?q=high+blood+sugar")
                        .select(".dictionary-terms h3 a")
                        .eachAttr("href"))
                .contains("/dictionary/hyperglycemia");
        assertThat(firstHref("E11.9")).isEqualTo("/topics/type-2-diabetes");
        assertThat(page("/search?q=NIDDM").selectFirst(".expanded").text()).contains("type 2 diabetes");
    }

    /**
     * A reader's question finds what it asks about: "what" is not a stop word to Lucene, so "what is
     * a1c" used to list every page whose summary says "what the numbers mean" (the blood pressure
     * and cholesterol quizzes right after the A1C entry).
     */
    @Test
    void aQuestionFindsWhatItIsAboutNotItsQuestionWords() {
        Document page = page("/search?q=what+is+a1c");

        List<String> listed = page.select("ol.search-results h2 a").eachAttr("href");
        assertThat(listed).isNotEmpty().contains("/dictionary/a1c");
        assertThat(listed).doesNotContain("/quizzes/test-your-blood-pressure-iq", "/topics/cholesterol-faqs");
    }

    @Test
    void facetsCountKindsAndLanguagesAndFilter() {
        Document all = page("/search?q=insulin");
        assertThat(all.select(".facets a").eachText())
                .anyMatch(t -> t.startsWith("Health topics ("))
                .anyMatch(t -> t.startsWith("Dictionary ("))
                .anyMatch(t -> t.startsWith("Spanish"));

        Document terms = page("/search?q=insulin&type=term");
        assertThat(terms.select("ol.search-results h2 a").eachAttr("href"))
                .isNotEmpty()
                .allMatch(href -> href.startsWith("/dictionary/"));
        assertThat(terms.selectFirst(".facets a[aria-current=true][href*=type=term]"))
                .isNotNull();

        Document spanish = page("/search?q=insulina&lang=es");
        assertThat(spanish.select("ol.search-results > li").eachAttr("lang"))
                .isNotEmpty()
                .allMatch("es"::equals);
    }

    @Test
    void quizzesAreFoundAsQuizzesAtTheirQuizPage() {
        Document page = page("/search?q=cholesterol+quiz");

        Element quiz = result(page, "/quizzes/test-your-cholesterol-iq");
        assertThat(quiz.selectFirst("h2 a").text()).isEqualTo("Test your cholesterol IQ");
        assertThat(quiz.selectFirst(".result-meta").text()).isEqualTo("Quiz");
        assertThat(page.select("ol.search-results h2 a").eachAttr("href"))
                .noneMatch(href -> href.startsWith("/topics/test-your-"));
        assertThat(page.select(".facets a").eachText()).anyMatch(t -> t.startsWith("Quizzes ("));

        // a word of a question's prompt finds its quiz, marked in the snippet
        Element prompt = result(page("/search?q=eyelids"), "/quizzes/test-your-cholesterol-iq");
        assertThat(prompt.select(".snippet mark").eachText()).anyMatch(word -> word.equalsIgnoreCase("eyelids"));

        Document quizzesOnly = page("/search?q=cholesterol&type=quiz");
        assertThat(quizzesOnly.select("ol.search-results h2 a").eachAttr("href"))
                .contains("/quizzes/test-your-cholesterol-iq")
                .allMatch(href -> href.startsWith("/quizzes/"));
        assertThat(quizzesOnly.selectFirst(".facets a[aria-current=true][href*=type=quiz]"))
                .isNotNull();
        assertThat(page("/search?q=cholesterol&type=article")
                        .select("ol.search-results h2 a")
                        .eachAttr("href"))
                .isNotEmpty()
                .allMatch(href -> href.startsWith("/topics/"));
    }

    @Test
    void resultsArePaged() {
        Document first = page("/search?q=blood");
        assertThat(first.select("ol.search-results > li")).hasSize(Search.PAGE_SIZE);
        Element next = first.selectFirst(".pagination a[rel=next]");
        assertThat(next.attr("href")).isEqualTo("/search?q=blood&page=2");

        Document second = page(next.attr("href"));
        assertThat(second.selectFirst("ol.search-results").attr("start")).isEqualTo("11");
        assertThat(second.select("ol.search-results h2 a").eachAttr("href"))
                .doesNotContainAnyElementsOf(
                        first.select("ol.search-results h2 a").eachAttr("href"));
    }

    @Test
    void misspellingsAreCorrectedAndOfferedAsDidYouMean() {
        Document page = page("/search?q=diabetis");
        assertThat(page.selectFirst(".did-you-mean a").text()).isEqualTo("diabetes");
        assertThat(page.selectFirst(".did-you-mean a").attr("href")).isEqualTo("/search?q=diabetes");
        assertThat(page.select("ol.search-results h2 a").eachText()).anyMatch(t -> t.contains("Diabetes"));
    }

    @Test
    void nothingFoundGivesAHelpfulPage() {
        Document page = page("/search?q=xylophone+quokka");
        assertThat(page.selectFirst(".no-results h2").text()).contains("xylophone quokka");
        assertThat(page.select(".no-results a").eachAttr("href")).contains("/topics", "/dictionary");
        assertThat(page.select("ol.search-results")).isEmpty();
        assertThat(page.select(".did-you-mean")).isEmpty();
        assertThat(page.select(".no-results li").eachText())
                .contains("Check the spelling.")
                .noneMatch(tip -> tip.contains("suggestion"));
    }

    @Test
    void queryPunctuationAndOperatorsAreWordsNeverErrors() {
        for (String q : new String[] {
            "\"",
            "(",
            "*:*",
            "AND OR",
            "\"insulin",
            "insulin)",
            "title:obesity",
            "a~2 b^3 [x TO y]",
            "\\",
            "%",
            "'; DROP TABLE article; --",
            "*",
            "?"
        }) {
            HttpResponse<String> response = http.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(q).isEqualTo(200);
            assertThat(response.body()).as(q).doesNotContain("Exception").contains("<h1>Search</h1>");
        }
        assertThat(page("/search?q=*:*").select(".notice").eachText()).anyMatch(t -> t.contains("no words"));
        assertThat(firstHref("\"insulin resistance\" AND (prediabetes)")).startsWith("/");
    }

    @Test
    void longQueriesAreCutAndBadParametersIgnored() {
        String longQuery = "insulin ".repeat(600);
        Document page = page("/search?q=" + URLEncoder.encode(longQuery, StandardCharsets.UTF_8));
        assertThat(page.select(".notice").eachText()).anyMatch(t -> t.contains("first 200 characters"));
        assertThat(page.select("ol.search-results > li")).isNotEmpty();

        assertThat(page("/search?q=insulin&page=abc")
                        .selectFirst("ol.search-results")
                        .attr("start"))
                .isEqualTo("1");
        Document far = page("/search?q=insulin&page=99999");
        assertThat(far.select("ol.search-results > li")).isNotEmpty();
        assertThat(page("/search?q=insulin&type=bogus&lang=xx").select("ol.search-results > li"))
                .isNotEmpty();
        assertThat(http.get("/search").statusCode()).isEqualTo(200);
        assertThat(page("/search?q=").selectFirst("main p").text()).contains("Type a few words");
    }

    @Test
    void suggestionsAreJsonWithTheNameThatMatched() {
        HttpResponse<String> response = http.get("/search/suggest?q=hyperte");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body())
                .contains(
                        "\"label\":\"High Blood Pressure\"",
                        "\"match\":\"Hypertension\"",
                        "\"url\":\"/topics/high-blood-pressure\"",
                        "\"url\":\"/dictionary/hypertension\"");

        assertThat(http.get("/search/suggest?q=type+2+dia").body()).contains("\"url\":\"/topics/type-2-diabetes\"");
        assertThat(http.get("/search/suggest?q=").body()).contains("\"suggestions\":[]");
        assertThat(http.get("/search/suggest?q=*:*").body()).contains("\"suggestions\":[]");
        assertThat(http.get("/search/suggest?q=" + "x".repeat(5000)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyPageHasTheSearchBoxAndTheHomeFinderSearches() {
        Document home = page("/");
        assertThat(home.selectFirst("header form.site-search").attr("action")).isEqualTo("/search");
        assertThat(home.selectFirst("header form.site-search input#site-q").attr("name"))
                .isEqualTo("q");
        assertThat(home.selectFirst("main form.finder").attr("action")).isEqualTo("/search");
        assertThat(home.select("script[src~=^/js/search-[0-9a-f]{32}\\.js$]")).hasSize(1);
        assertThat(page("/topics/obesity").selectFirst("header form.site-search"))
                .isNotNull();
    }

    /** The result that links to {@code href}; fails when the page has none. */
    private static Element result(Document page, String href) {
        return page.select("ol.search-results > li").stream()
                .filter(li -> li.selectFirst("h2 a").attr("href").equals(href))
                .findFirst()
                .orElseThrow(() -> new AssertionError(href + " not among "
                        + page.select("ol.search-results h2 a").eachAttr("href")));
    }

    private String firstHref(String q) {
        return page("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .selectFirst("ol.search-results h2 a")
                .attr("href");
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Http.html(response);
    }
}
