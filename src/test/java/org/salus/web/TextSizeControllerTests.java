package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

@SiteTest
class TextSizeControllerTests {

    @Autowired
    Http http;

    @Test
    void choosingASizeSetsALongLivedCookieAndReturnsToThePage() {
        HttpResponse<String> response = http.get("/preferences/text-size?size=large&return=/topics/obesity");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/topics/obesity#text-size");
        assertThat(response.headers().firstValue("Set-Cookie"))
                .get()
                .asString()
                .startsWith("salus_text_size=large")
                .contains("Path=/")
                .contains("Max-Age=31536000");
    }

    @Test
    void theChosenSizeAppliesToEveryPage() {
        for (String path : new String[] {"/", "/topics", "/topics/obesity"}) {
            Document page = Http.html(http.get(path, "Cookie", "salus_text_size=largest"));

            assertThat(page.selectFirst("html").className()).as(path).isEqualTo("text-largest");
            assertThat(page.selectFirst("button[value=largest]").attr("aria-pressed"))
                    .isEqualTo("true");
            assertThat(page.selectFirst("input[name=return]").val()).isEqualTo(path);
        }
    }

    @Test
    void theReaderLandsBackOnTheControlTheyUsedNotAtTheTopOfThePage() {
        Document page = Http.html(http.get("/topics/obesity"));
        String anchor = page.selectFirst("form.text-size").id();

        HttpResponse<String> response = http.get("/preferences/text-size?size=small&return=%2Ftopics%2Fobesity");

        assertThat(anchor).isNotEmpty();
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/topics/obesity#" + anchor);
    }

    @Test
    void aReturnAddressBeyondAsciiIsPercentEncoded() {
        // return=/search?q=café, as a browser sends the form
        HttpResponse<String> response = http.get("/preferences/text-size?size=large&return=%2Fsearch%3Fq%3Dcaf%C3%A9");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/search?q=caf%C3%A9#text-size");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        HttpResponse<String> response = http.get("/preferences/text-size?size=small&return=//evil.example/");

        assertThat(response.headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/#text-size")
                .doesNotContain("evil");
    }

    @Test
    void anUnknownSizeIsABadRequestWithAPlainMessage() {
        HttpResponse<String> response = http.get("/preferences/text-size?size=huge");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.html(response).selectFirst("h1").text()).isEqualTo("Unknown text size");
    }
}
