package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reader pages never create a server session, even those with forms (the story form, "helpful",
 * report): their CSRF token lives in a cookie. The forms still need that token.
 */
@SiteTest
class CsrfTokensTests {

    static final String DIET = "/topics/insulin-resistance/questions/diet";

    /** Pages no link leads to, or not HTML; the crawl finds the rest from these. */
    static final List<String> START = List.of(
            "/",
            "/topics",
            "/topics?letter=i",
            "/dictionary",
            "/dictionary?letter=h",
            "/search?q=diabetes",
            "/search?q=zzzzqqq",
            "/search/suggest?q=dia",
            "/feed.atom",
            "/sitemap.xml",
            "/robots.txt",
            "/api/v1/articles",
            "/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=E11.9",
            DIET);

    static final int MAX_PAGES = 2_000;

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noReaderPageCreatesASession() {
        // Sessions that other tests of this shared context signed in with, not a time window: a
        // sign-in a moment before this test would otherwise count against the reader pages.
        Set<String> earlier = Set.copyOf(sessionIds());
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(START);
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!visited.add(path)) {
                continue;
            }
            HttpResponse<String> response = http.get(path, "Accept", "text/html,*/*");
            assertThat(response.statusCode()).as(path).isLessThan(400);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                readerLinks(Jsoup.parse(response.body())).stream()
                        .filter(l -> !visited.contains(l))
                        .forEach(queue::add);
            }
        }

        assertThat(sessionIds()).as("sessions created while reading").isSubsetOf(earlier);
        assertThat(visited)
                .as("every kind of reader page was requested")
                .anyMatch(p -> p.matches("/topics/[^/?]+"))
                .anyMatch(p -> p.matches("/topics/[^/]+/questions/[^/?]+"))
                .anyMatch(p -> p.matches("/dictionary/[^/?]+"))
                .anyMatch(p -> p.startsWith("/reviewers/"));
    }

    @Test
    void theStoryFormNeedsItsTokenButNoSession() {
        Visitor reader = http.visitor();
        Map<String, String> story = new LinkedHashMap<>();
        story.put("displayName", "Cookie Reader");
        story.put("relationship", "patient");
        story.put("ageRange", "45-64");
        story.put("sex", "");
        story.put(
                "story",
                "Walking after dinner every evening and swapping juice for water helped my numbers a lot "
                        + "over the year.");
        story.put("agree", "true");
        story.put("website", "");

        assertThat(reader.post(DIET, story).statusCode()).as("no token").isEqualTo(403);
        Map<String, String> withAnotherBrowsersToken = new LinkedHashMap<>(story);
        withAnotherBrowsersToken.put("_csrf", http.visitor().token(DIET));
        reader.get(DIET);
        assertThat(reader.post(DIET, withAnotherBrowsersToken).statusCode())
                .as("someone else's token")
                .isEqualTo(403);

        HttpResponse<String> sent = reader.submit(DIET, DIET, story);

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(sent.body()).selectFirst("main").text()).contains("A moderator will read it");
        assertThat(reader.cookie("XSRF-TOKEN")).isNotNull();
        assertThat(reader.session()).isNull();
    }

    private List<String> sessionIds() {
        return jdbc.sql("SELECT primary_id FROM spring_session")
                .query(String.class)
                .list();
    }

    /** Same-site links outside the editorial side and sign-in, without fragments. */
    private static Set<String> readerLinks(Document page) {
        Set<String> links = new LinkedHashSet<>();
        for (String href : page.select("a[href]").eachAttr("href")) {
            if (!href.startsWith("/") || href.startsWith("//")) {
                continue;
            }
            String path = URI.create(href.replace(" ", "%20")).getRawPath();
            String query = URI.create(href.replace(" ", "%20")).getRawQuery();
            if (EditorialRoutes.isProtected(path) || path.startsWith("/login") || path.startsWith("/swagger")) {
                continue;
            }
            links.add(query == null ? path : path + "?" + query);
        }
        return links;
    }
}
