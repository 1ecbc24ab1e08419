package org.salus.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

@SiteTest
class HomeControllerTests {

    @Autowired
    Http http;

    @Test
    void showsFeaturedTopicsInTheConfiguredOrder() {
        Document page = Http.html(http.get("/"));

        assertThat(page.select(".featured h3 a").eachAttr("href"))
                .containsExactly(
                        "/topics/insulin-resistance",
                        "/topics/prediabetes",
                        "/topics/type-2-diabetes",
                        "/topics/high-blood-pressure",
                        "/topics/high-cholesterol-in-children",
                        "/topics/obesity");
        assertThat(page.select(".featured .card p"))
                .allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }

    @Test
    void featuresOneQuizWithItsSummaryAndALinkToAllQuizzes() {
        Document page = Http.html(http.get("/"));

        Element block = page.selectFirst("section.quiz-feature");
        assertThat(block).isNotNull();
        // 29 November 2026 (FixedClock) is the diabetes quiz's day in the rotation of the three samples
        assertThat(block.selectFirst("h2").text()).isEqualTo("Test your diabetes IQ");
        assertThat(block.attr("aria-labelledby"))
                .isEqualTo(block.selectFirst("h2").id());
        assertThat(block.selectFirst("h2 + p").text()).isNotBlank();
        Element take = block.selectFirst("a.button");
        assertThat(take.text()).isEqualTo("Take the quiz");
        assertThat(take.attr("href")).isEqualTo("/quizzes/test-your-diabetes-iq");
        assertThat(block.select("a[href=/quizzes]").eachText()).containsExactly("All quizzes");
    }

    @Test
    void offersATopicFinderAndTheAToZ() {
        Document page = Http.html(http.get("/"));

        assertThat(page.selectFirst("form.finder").attr("action")).isEqualTo("/search");
        assertThat(page.selectFirst("label[for=finder-q]")).isNotNull();
        assertThat(page.select(".az a").eachAttr("href")).contains("/topics?letter=I", "/topics?letter=T");
    }

    @Test
    void everyPageSaysItsLanguageAndOffersTheTextSizeControl() {
        Document page = Http.html(http.get("/"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("form.text-size button[name=size]").eachAttr("value"))
                .containsExactly("small", "medium", "large", "largest");
    }

    @Test
    void homeIndexAndProfilesMayBeCachedAndRevalidated() {
        for (String path : new String[] {
            "/",
            "/topics?letter=I",
            "/reviewers/dr-lena-marsh",
            "/es",
            "/es/topics?letter=D",
            "/es/dictionary",
            "/es/quizzes"
        }) {
            HttpResponse<String> first = http.get(path);
            assertThat(first.headers().firstValue("Cache-Control"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("public");
            String etag = first.headers().firstValue("ETag").orElseThrow();

            assertThat(http.get(path, "If-None-Match", etag).statusCode())
                    .as(path)
                    .isEqualTo(304);
        }
    }

    @Test
    void healthEndpointAnswers() {
        HttpResponse<String> response = http.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
