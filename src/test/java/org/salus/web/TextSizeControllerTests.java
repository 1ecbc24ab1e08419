package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

@SiteTest
class TextSizeControllerTests {

    /** Page types that share the layout: home, both A–Z indexes, a topic, dictionary, a 404. */
    private static final String[] PAGES = {
        "/", "/es", "/topics", "/topics/insulin-resistance", "/dictionary", "/topics/no-such-page"
    };

    /** Today's sizes, as the classes on {@code <html>} rendered them before they became a stylesheet. */
    private static final Map<TextSize, String> ROOT_SIZES = Map.of(
            TextSize.SMALL, "87.5%", TextSize.MEDIUM, "100%", TextSize.LARGE, "118.75%", TextSize.LARGEST, "137.5%");

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
    void everyPageIsTheSameBytesWhateverTheSizeSoOneFileServesEveryReader() {
        for (String path : PAGES) {
            HttpResponse<byte[]> anonymous = http.getBytes(path);
            for (TextSize size : TextSize.values()) {
                HttpResponse<byte[]> sized = http.getBytes(path, "Cookie", TextSize.COOKIE + "=" + size.code());

                assertThat(sized.statusCode()).as(path).isEqualTo(anonymous.statusCode());
                assertThat(sized.body()).as("%s with %s", path, size).isEqualTo(anonymous.body());
                assertThat(sized.headers().firstValue("ETag"))
                        .as(path)
                        .isEqualTo(anonymous.headers().firstValue("ETag"));
            }
        }
    }

    @Test
    void everyPageLinksTheTextSizeStylesheetAfterTheSiteStylesheetAndOffersEverySize() {
        for (String path : PAGES) {
            Document page = Http.html(http.get(path, "Cookie", "salus_text_size=largest"));

            assertThat(page.select("head link[rel=stylesheet]").eachAttr("href"))
                    .as(path)
                    .satisfies(links -> assertThat(links.get(0)).startsWith("/css/salus"))
                    .satisfies(links -> assertThat(links.get(1)).isEqualTo("/text-size.css"));
            assertThat(page.selectFirst("html").className()).as(path).isEmpty();
            assertThat(page.select("form.text-size button .current-size").eachText())
                    .as(path)
                    .hasSize(TextSize.values().length)
                    .containsOnly(path.startsWith("/es") ? "(tamaño actual)" : "(current size)");
            assertThat(page.select("form.text-size [aria-pressed]")).as(path).isEmpty();
            assertThat(page.selectFirst("input[name=return]").val()).as(path).isEqualTo(path);
        }
    }

    @Test
    void theStylesheetAppliesTheSizeTheCookieNames() {
        for (TextSize size : TextSize.values()) {
            HttpResponse<String> css = http.get("/text-size.css", "Cookie", "salus_text_size=" + size.code());

            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .isEqualToIgnoringWhitespace("text/css;charset=UTF-8");
            assertThat(css.headers().firstValue("Cache-Control"))
                    .get()
                    .asString()
                    .contains("private")
                    .contains("no-cache")
                    .doesNotContain("public");
            assertThat(String.join(",", css.headers().allValues("Vary"))).containsIgnoringCase("cookie");
            assertThat(css.headers().firstValue("ETag")).get().asString().contains(size.code());
            assertThat(css.body())
                    .isEqualTo(TextSizeStylesheets.css(size))
                    .contains("html { font-size: " + ROOT_SIZES.get(size) + "; }")
                    .contains(".text-size .size-" + size.code() + " .current-size { display: inline; }");
        }
    }

    @Test
    void eachSizeHasItsOwnEtagAndARevisitCostsA304() {
        Set<String> etags = new HashSet<>();
        for (TextSize size : TextSize.values()) {
            String cookie = "salus_text_size=" + size.code();
            String etag = http.get("/text-size.css", "Cookie", cookie)
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
            etags.add(etag);

            HttpResponse<String> again = http.get("/text-size.css", "Cookie", cookie, "If-None-Match", etag);

            assertThat(again.statusCode()).as(size.code()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).contains(etag);
        }
        assertThat(etags).hasSize(TextSize.values().length);

        // A new choice is picked up at once: the old size's ETag no longer matches.
        String large = http.get("/text-size.css", "Cookie", "salus_text_size=large")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> afterChoosing =
                http.get("/text-size.css", "Cookie", "salus_text_size=largest", "If-None-Match", large);
        assertThat(afterChoosing.statusCode()).isEqualTo(200);
        assertThat(afterChoosing.body()).contains("137.5%");
    }

    @Test
    void withoutACookieOrWithAnUnknownOneTheSizeIsMedium() {
        String medium = TextSizeStylesheets.css(TextSize.MEDIUM);

        assertThat(http.get("/text-size.css").body()).isEqualTo(medium).contains("font-size: 100%;");
        assertThat(http.get("/text-size.css", "Cookie", "salus_text_size=huge").body())
                .isEqualTo(medium);
        assertThat(http.get("/text-size.css", "Cookie", "salus_text_size=").body())
                .isEqualTo(medium);
        assertThat(http.get("/text-size.css", "Cookie", "other=1; salus_text_size=%3Cscript%3E")
                        .statusCode())
                .isEqualTo(200);
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
