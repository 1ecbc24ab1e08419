package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salus.account.Role;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditLog;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A moderator over real HTTP, signed in once: redacting a story before publishing it, the paged
 * queue with its totals, reported stories that stay published, and how findings are listed.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationControllerTests {

    static final String MEALS = "/topics/high-cholesterol-in-children/questions/family-meals";
    static final String STORY = "We swapped crisps for fruit and started cooking lentil soup on Sundays. "
            + "After a year our son's cholesterol was lower and he likes the soup now.";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    StorySubmissions submissions;

    @Autowired
    StoryFeedback feedback;

    @Autowired
    StoryRepository stories;

    @Autowired
    QuestionRepository questions;

    @Autowired
    StoryRetention retention;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    Visitor moderator;

    @BeforeAll
    void signIn() throws Exception {
        people.create("redactor", Role.MODERATOR);
        moderator = new Visitor();
        String token = csrf(moderator.get("/login"));
        HttpResponse<String> response =
                moderator.post("/login", Map.of("username", "redactor", "password", People.PASSWORD, "_csrf", token));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    @Test
    void aModeratorRedactsBeforePublishingReadersSeeOnlyTheRedactionAndRetentionErasesTheOriginal() throws Exception {
        long id = submit(
                "Hollow", STORY + " Write to me at hollow.mum@example.com, we live by the mill in Hollow Creek.");
        Document review = Http.html(moderator.get("/moderation/stories/" + id));
        String suggested = review.selectFirst("textarea[name=text]").text();
        assertThat(suggested)
                .as("pre-filled with screening's masks")
                .contains("[email removed]")
                .doesNotContain("hollow.mum@example.com")
                .contains("Hollow Creek");

        HttpResponse<String> published = moderator.post(
                "/moderation/stories/" + id + "/redact",
                Map.of("text", suggested.replace("Hollow Creek", "[removed]"), "_csrf", csrf(review)));

        assertThat(published.statusCode()).isEqualTo(302);
        Document reader = Http.html(http.get(MEALS));
        assertThat(reader.select(".story-body").text())
                .contains("by the mill in [removed].")
                .doesNotContain("Hollow Creek")
                .doesNotContain("hollow.mum");
        assertThat(http.get("/moderation/stories/" + id).statusCode())
                .as("the original is for moderators only")
                .isNotEqualTo(200);
        assertThat(Http.html(moderator.get("/moderation/stories/" + id))
                        .selectFirst("#written-h + .story-body")
                        .text())
                .contains("Hollow Creek");
        long articleId = questions.articleIdOf("high-cholesterol-in-children").orElseThrow();
        assertThat(audit.recent(articleId, 50))
                .filteredOn(e -> ("story " + id).equals(e.detail()))
                .extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(tuple("redactor", "story.published-redacted"));

        // two years and a day later, the daily job erases the story's personal data
        jdbc.sql("UPDATE story SET submitted_at = :old WHERE id = :id")
                .param("id", id)
                .param("old", LocalDateTime.ofInstant(FixedClock.NOW.minus(Duration.ofDays(731)), ZoneOffset.UTC))
                .update();
        retention.run();

        Story erased = stories.find(id).orElseThrow();
        assertThat(List.of(erased.body(), erased.maskedBody()))
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain("Hollow Creek")
                        .doesNotContain("hollow.mum")
                        .contains("by the mill in [removed]."));
        assertThat(moderator.get("/moderation/stories/" + id).body()).doesNotContain("Hollow Creek");
    }

    @Test
    void aRefusedRedactionSaysWhyAndKeepsWhatWasTyped() throws Exception {
        long id = submit("Typed", STORY);
        Document review = Http.html(moderator.get("/moderation/stories/" + id));

        HttpResponse<String> refused = moderator.post(
                "/moderation/stories/" + id + "/redact",
                Map.of("text", "Pasted\u0000 text that the moderator typed", "_csrf", csrf(review)));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Http.html(refused);
        assertThat(page.selectFirst("[role=alert]").text()).contains("control characters");
        assertThat(page.selectFirst("textarea[name=text]").text()).contains("text that the moderator typed");
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PENDING);
    }

    @Test
    void theQueueIsPagedWithTotalsAndKeepsItsFilters() throws Exception {
        long articleId = questions.articleIdOf("high-cholesterol-in-children").orElseThrow();
        for (int i = 0; i < 55; i++) {
            submit("Queued " + i, STORY);
        }
        int total = stories.countQueue(null, articleId, null);
        assertThat(total).isGreaterThanOrEqualTo(55);

        Document first = Http.html(moderator.get("/moderation?article=high-cholesterol-in-children"));
        assertThat(first.selectFirst(".queue-total").text()).isEqualTo("Showing 1–50 of " + total);
        assertThat(first.select(".queue > li")).hasSize(50);
        String next = first.selectFirst(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/moderation?page=2&article=high-cholesterol-in-children");
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();

        Document second = Http.html(moderator.get(next));
        assertThat(second.selectFirst(".queue-total").text())
                .isEqualTo("Showing 51–" + Math.min(100, total) + " of " + total);
        assertThat(second.select(".queue > li")).hasSize(Math.min(50, total - 50));
        assertThat(second.selectFirst(".pager a[rel=prev]").attr("href"))
                .isEqualTo("/moderation?page=1&article=high-cholesterol-in-children");
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));

        assertThat(Http.html(moderator.get("/moderation?page=abc"))
                        .selectFirst(".queue-total")
                        .text())
                .startsWith("Showing 1–");
        assertThat(moderator
                        .get("/moderation?page=9999&article=high-cholesterol-in-children")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void reportsThatLookLikeOneActorLeaveTheStoryPublishedAndQueuedAndTheModeratorKeepsIt() throws Exception {
        long id = submit("Reported", STORY + " Reported but fine.");
        stories.decide(
                id,
                StoryState.PENDING,
                StoryState.PUBLISHED,
                STORY + " Reported but fine.",
                "redactor",
                null,
                null,
                FixedClock.NOW);
        for (String address : List.of("203.0.113.10", "203.0.113.11", "203.0.113.12", "203.0.113.13")) {
            feedback.report(id, address, "Please remove");
        }

        assertThat(Http.html(http.get(MEALS)).select(".story-body").text()).contains("Reported but fine.");
        assertThat(queueItems("/moderation?article=high-cholesterol-in-children"))
                .anySatisfy(t -> assertThat(t).contains("Reported").contains("Reported by readers, still published"));
        Document review = Http.html(moderator.get("/moderation/stories/" + id));
        assertThat(review.selectFirst("[role=note]").text()).contains("still published");

        moderator.post("/moderation/stories/" + id + "/keep", Map.of("_csrf", csrf(review)));

        Story kept = stories.find(id).orElseThrow();
        assertThat(kept.state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(kept.underReview()).isFalse();
    }

    @Test
    void theQueueNamesEachFlagOnceWithItsCountAndOmitsPositionsThatDoNotExist() throws Exception {
        Question meals =
                questions.find("high-cholesterol-in-children", "family-meals").orElseThrow();
        long id = stories.insertPending(
                meals.id(),
                new StoryForm("Flags", "patient", "", "", STORY, true, ""),
                STORY,
                false,
                "test",
                List.of(
                        new StoredFinding("phone", 3, 15, "555-201-3344", "A phone number"),
                        new StoredFinding("phone", 20, 32, "555-201-3345", "A phone number"),
                        new StoredFinding("person-name", -1, -1, "Flags", "The display name looks like a real name")),
                FixedClock.NOW.minus(Duration.ofDays(3650)));

        Document queue = Http.html(moderator.get("/moderation?article=high-cholesterol-in-children"));
        assertThat(queue.select(".queue > li").stream()
                        .filter(li -> li.text().contains("Flags"))
                        .findFirst()
                        .orElseThrow()
                        .select(".flag")
                        .eachText())
                .containsExactly("Phone number (2)", "Name of a person");
        Document review = Http.html(moderator.get("/moderation/stories/" + id));
        assertThat(review.select("#findings-h ~ ul li").eachText())
                .containsExactly(
                        "Phone number: “555-201-3344” (characters 3–15) — A phone number",
                        "Phone number: “555-201-3345” (characters 20–32) — A phone number",
                        "Name of a person: “Flags” — The display name looks like a real name");
    }

    @Test
    void aPublishedStoryShowsItsPublicationDate() throws Exception {
        long id = submit("Dated", STORY);
        stories.decide(id, StoryState.PENDING, StoryState.PUBLISHED, STORY, "redactor", null, null, FixedClock.NOW);

        Document reader = Http.html(http.get(MEALS));

        assertThat(reader.selectFirst("#story-" + id + " time").attr("datetime"))
                .isEqualTo("2026-11-29");
        assertThat(reader.selectFirst("#story-" + id + " time").text()).isEqualTo("Published November 29, 2026");
    }

    private long submit(String name, String story) {
        Question meals =
                questions.find("high-cholesterol-in-children", "family-meals").orElseThrow();
        return submissions
                .submit(meals, new StoryForm(name, "caregiver", "", "", story, true, ""), "198.51.100.99")
                .storyId();
    }

    /** The text of every item of the queue, following its "Next" links. */
    private List<String> queueItems(String first) throws Exception {
        List<String> items = new ArrayList<>();
        for (String path = first; path != null; ) {
            Document page = Http.html(moderator.get(path));
            items.addAll(page.select(".queue > li").eachText());
            path = page.select(".pager a[rel=next]").isEmpty()
                    ? null
                    : page.selectFirst(".pager a[rel=next]").attr("href");
        }
        return items;
    }

    private static List<String> ids(Document queue) {
        return queue.select(".queue > li > a").eachAttr("href");
    }

    private static String csrf(HttpResponse<String> response) {
        return csrf(Http.html(response));
    }

    private static String csrf(Document page) {
        return page.selectFirst("input[name=_csrf]").val();
    }

    /** A browser-like client: keeps cookies, follows no redirects. */
    class Visitor {
        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(http.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = new LinkedHashMap<>(form)
                    .entrySet().stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(http.url(path)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
