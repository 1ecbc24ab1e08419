package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Pages link styles and scripts by content-hash addresses, which browsers keep for a year. */
@SiteTest
class StaticAssetsTests {

    private static final String YEAR = "max-age=31536000, public, immutable";

    @Autowired
    Http http;

    @Test
    void pagesLinkEveryStyleAndScriptByItsFingerprint() {
        List<String> links = new ArrayList<>();
        for (String page :
                List.of("/", "/topics/type-2-diabetes", "/topics/insulin-resistance/questions/diet", "/login")) {
            Document html = Http.html(http.get(page));
            for (Element link : html.select("link[rel=stylesheet], script[src]")) {
                links.add(link.hasAttr("src") ? link.attr("src") : link.attr("href"));
            }
        }
        // The reader's text size: one address whose answer follows their cookie, revalidated on every page.
        assertThat(links).contains("/text-size.css");
        links.removeIf("/text-size.css"::equals);
        assertThat(links).allMatch(link -> link.matches("/(css|js)/[a-z-]+-[0-9a-f]{32}\\.(css|js)"), "fingerprinted");
        assertThat(links.stream()
                        .map(link -> link.replaceAll("-[0-9a-f]{32}", ""))
                        .distinct())
                .containsExactlyInAnyOrder(
                        "/css/salus.css",
                        "/css/print.css",
                        "/js/search.js",
                        "/js/reading.js",
                        "/js/terms.js",
                        "/js/counter.js");
    }

    @Test
    void aFingerprintedFileIsCachedForAYearAndIsThePlainFile() {
        String href =
                Http.html(http.get("/")).selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/css/salus-[0-9a-f]{32}\\.css");

        HttpResponse<String> fingerprinted = http.get(href);
        HttpResponse<String> plain = http.get("/css/salus.css");

        assertThat(fingerprinted.statusCode()).isEqualTo(200);
        assertThat(fingerprinted.headers().firstValue("Cache-Control")).hasValue(YEAR);
        assertThat(fingerprinted.body()).isEqualTo(plain.body());
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("max-age=86400, public");
    }

    @Test
    void anOutdatedFingerprintIsNotFoundAndNotCachedForAYear() {
        HttpResponse<String> stale = http.get("/css/salus-0123456789abcdef0123456789abcdef.css");

        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(stale.headers().allValues("Cache-Control")).noneMatch(value -> value.contains("immutable"));
    }
}
