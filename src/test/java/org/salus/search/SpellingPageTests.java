package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the search page says about spelling, in both languages: "did you mean" only for words
 * nobody knows, and the page that finds nothing points to a suggestion only when it shows one.
 */
@SiteTest
class SpellingPageTests {

    @Autowired
    Http http;

    @Test
    void realWordsGetNoDidYouMean() {
        for (String path : new String[] {
            "/search?q=cholesterol+kids",
            "/search?q=euglycemic+clamp",
            "/es/search?q=presi%C3%B3n+arterial+alta+ni%C3%B1os"
        }) {
            assertThat(page(path).select(".did-you-mean")).as(path).isEmpty();
        }
    }

    @Test
    void aPageThatFindsNothingAndHasNoSuggestionDoesNotPointToOne() {
        Document english = page("/search?q=euglycemic+clamp");
        assertThat(english.select("ol.search-results")).isEmpty();
        assertThat(english.select(".did-you-mean")).isEmpty();
        assertThat(english.select(".no-results li").eachText())
                .contains("Check the spelling.")
                .noneMatch(tip -> tip.contains("suggestion"));

        Document spanish = page("/es/search?q=euglycemic+clamp");
        assertThat(spanish.select("ol.search-results")).isEmpty();
        assertThat(spanish.select(".did-you-mean")).isEmpty();
        assertThat(spanish.select(".no-results li").eachText())
                .contains("Revise cómo lo escribió.")
                .noneMatch(tip -> tip.contains("sugerencia"));
    }

    @Test
    void aPageThatFindsNothingUnderItsFiltersPointsToTheSuggestionItShows() {
        // no Spanish quiz has "diabetes", but the corrected words find pages elsewhere
        Document english = page("/search?q=diabetis&type=quiz&lang=es");
        assertThat(english.select("ol.search-results")).isEmpty();
        assertThat(english.selectFirst(".did-you-mean a").text()).isEqualTo("diabetes");
        assertThat(english.select(".no-results li").eachText())
                .contains("Check the spelling, or try the suggestion above.");

        Document spanish = page("/es/search?q=diabetis&type=quiz&lang=es");
        assertThat(spanish.selectFirst(".did-you-mean a").attr("href")).isEqualTo("/es/search?q=diabetes");
        assertThat(spanish.select(".no-results li").eachText())
                .contains("Revise cómo lo escribió o pruebe la sugerencia de arriba.");
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Http.html(response);
    }
}
