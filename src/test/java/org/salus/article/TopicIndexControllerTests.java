package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

@SiteTest
class TopicIndexControllerTests {

    @Autowired
    Http http;

    @Test
    void listsEveryPublishedTopicFromAToZ() {
        Document page = Http.html(http.get("/topics"));

        assertThat(page.select(".az-group h2").eachText()).contains("A", "C", "H", "I", "M", "O", "P", "T");
        for (var group : page.select(".az-group")) {
            String letter = group.selectFirst("h2").text();
            assertThat(group.select(".az-list a").eachText())
                    .allSatisfy(name -> assertThat(name).startsWithIgnoringCase(letter));
        }
        assertThat(page.select(".az-list a").eachText())
                .contains("Insulin Resistance", "Type 2 Diabetes", "Cholesterol FAQs", "Polycystic Ovary Syndrome");
    }

    @Test
    void listsOtherNamesPointingToTheArticle() {
        Document page = Http.html(http.get("/topics?letter=H"));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Health topics A–Z: H");
        assertThat(page.select(".az-list li").eachText()).contains("Hypertension see High Blood Pressure");
        assertThat(page.select(".az-list a").eachText()).doesNotContain("Obesity");
        assertThat(page.selectFirst(".az a[aria-current=page]").text()).isEqualTo("H");
    }

    @Test
    void lettersWithoutTopicsAreNotLinks() {
        Document page = Http.html(http.get("/topics"));

        assertThat(page.select(".az a").eachText()).contains("A", "I").doesNotContain("Z");
        assertThat(page.select(".az .az-empty").eachText()).contains("Z");
    }

    @Test
    void findsTopicsByWordsInTheirNames() {
        Document page = Http.html(http.get("/topics?q=blood+pressure"));

        assertThat(page.select(".az-list a").eachText()).containsExactly("High Blood Pressure");
        assertThat(page.selectFirst("#finder-q").val()).isEqualTo("blood pressure");
    }

    @Test
    void aWrongLetterGetsAClearAnswerWithoutEchoingIt() {
        HttpResponse<String> response = http.get("/topics?letter=%3Cscript%3E");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.html(response).selectFirst("h1").text()).isEqualTo("Please choose a letter");
        assertThat(response.body()).doesNotContain("<script>");
    }

    @Test
    void noMatchSaysSoAndOffersTheWholeList() {
        Document page = Http.html(http.get("/topics?q=zzzz"));

        assertThat(page.selectFirst(".empty").text()).contains("No health topics match.");
        assertThat(page.selectFirst(".empty a").attr("href")).isEqualTo("/topics");
    }
}
