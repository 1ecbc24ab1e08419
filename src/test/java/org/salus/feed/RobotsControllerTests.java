package org.salus.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /robots.txt}: readers' pages open, the editorial side and sign-in closed, the sitemap named. */
@SiteTest
class RobotsControllerTests {

    @Autowired
    Http http;

    @Test
    void disallowsTheEditorialSideAndNamesTheSitemapByItsAbsoluteAddress() {
        HttpResponse<String> response = http.get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/plain");
        List<String> lines = response.body().lines().toList();
        assertThat(lines)
                .contains(
                        "User-agent: *",
                        "Disallow: /editor",
                        "Disallow: /admin",
                        "Disallow: /account",
                        "Disallow: /moderation",
                        "Disallow: /login",
                        "Disallow: /search",
                        "Disallow: /es/search",
                        "Allow: /",
                        "Sitemap: https://health.example.org/sitemap.xml");
        List<String> disallowed = lines.stream()
                .filter(l -> l.startsWith("Disallow: "))
                .map(l -> l.substring(10))
                .toList();
        for (String readerPage : List.of(
                "/",
                "/es",
                "/es/topics",
                "/topics",
                "/topics/insulin-resistance",
                "/dictionary",
                "/dictionary/insulin",
                "/feed.atom",
                "/sitemap.xml",
                "/reviewers/lena-marsh")) {
            assertThat(disallowed).as(readerPage).noneMatch(readerPage::startsWith);
        }
        assertThat(http.get("/sitemap.xml").statusCode()).isEqualTo(200);
    }
}
