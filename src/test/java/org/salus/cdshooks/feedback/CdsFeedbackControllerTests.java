package org.salus.cdshooks.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.article.ArticleReader;
import org.salus.cdshooks.CardsIssued;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feedback endpoint over real HTTP: the spec's three examples stored, every refusal a 4xx
 * OperationOutcome with nothing stored, the clinician's comment never kept, and the counts on the
 * editor's article page. Cards are "issued" by publishing {@link CardsIssued}, as the services do.
 */
@SiteTest
@TestPropertySource(properties = "salus.cds-hooks.open=true")
class CdsFeedbackControllerTests {

    static final String EDUCATION = "/cds-services/salus-education/feedback";

    @Autowired
    Http http;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ArticleReader articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    People people;

    @Test
    void theSpecsAcceptedExampleIsStoredAnd200() {
        UUID card = issue("salus-education", "type-2-diabetes");

        HttpResponse<String> response = post(EDUCATION, """
                {
                  "feedback": [
                    {
                      "card": "%s",
                      "outcome": "accepted",
                      "acceptedSuggestions": [ { "id": "e56e1945-20b3-4393-8503-a1a20fd73152" } ],
                      "outcomeTimestamp": "2021-12-11T10:05:31Z"
                    }
                  ]
                }""".formatted(card));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT outcome FROM cds_card_feedback WHERE card_uuid = :c")
                        .param("c", card.toString())
                        .query(String.class)
                        .list())
                .containsExactly("accepted");
    }

    @Test
    void anOverrideKeepsTheReasonsCodingButNeverTheClinicansComment() {
        UUID card = issue("salus-education", "prediabetes");
        String comment = "Patient Jane Roe 1961-04-02 already has this leaflet";

        HttpResponse<String> response = post(EDUCATION, """
                {"feedback":[{"card":"urn:uuid:%s","outcome":"overridden",
                  "overrideReason":{"reason":{"code":"d7ecf885","system":"https://example.com/cds-hooks/override-reason-system","display":"Already given"},
                  "userComment":"%s"},
                  "outcomeTimestamp":"2020-12-11T00:00:00Z"}]}""".formatted(card, comment));

        assertThat(response.statusCode()).isEqualTo(200);
        var row = jdbc.sql("SELECT * FROM cds_card_feedback WHERE card_uuid = :c")
                .param("c", card.toString())
                .query()
                .singleRow();
        assertThat(row.get("OUTCOME")).isEqualTo("overridden");
        assertThat(row.get("REASON_CODE")).isEqualTo("d7ecf885");
        assertThat(row.get("REASON_SYSTEM")).isEqualTo("https://example.com/cds-hooks/override-reason-system");
        assertThat(row.get("REASON_DISPLAY")).isEqualTo("Already given");
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains("Jane Roe"));
    }

    @Test
    void anOverrideWithoutReasonAndSeveralCardsAtOnceAreStored() {
        UUID first = issue("salus-education", "obesity");
        UUID second = issue("salus-education", "obesity");

        HttpResponse<String> response = post(EDUCATION, """
                {"feedback":[
                  {"card":"%s","outcome":"overridden","outcomeTimestamp":"2020-12-11T00:00:00Z"},
                  {"card":"%s","outcome":"accepted","outcomeTimestamp":"2020-12-11T00:00:01+01:00"}]}""".formatted(first, second));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stored(first) + stored(second)).isEqualTo(2);
    }

    @Test
    void aCardThatCannotBeRecordedDoesNotBreakTheAnswerAndItsFeedbackIs404() {
        UUID card = UUID.randomUUID();

        events.publishEvent(new CardsIssued(
                "salus-education", FixedClock.NOW, List.of(new CardsIssued.Card(card, -42)))); // no such article

        assertRefused(post(EDUCATION, accepted(card)), 404, "not-found", "is not a card this service answered with");
    }

    @Test
    void anEmptyFeedbackArrayIsFine() {
        assertThat(post(EDUCATION, "{\"feedback\":[]}").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownServiceIs404() {
        UUID card = issue("salus-education", "obesity");

        HttpResponse<String> response = post("/cds-services/no-such-service/feedback", accepted(card));

        assertRefused(response, 404, "not-found", "no CDS Hooks service with this id");
        assertThat(stored(card)).isZero();
    }

    @Test
    void anUnknownCardOrAnotherServicesCardIs404AndNothingOfTheRequestIsStored() {
        UUID known = issue("salus-education", "obesity");
        UUID othersCard = issue("salus-medicines", "obesity");

        HttpResponse<String> unknown = post(EDUCATION, """
                {"feedback":[
                  {"card":"%s","outcome":"accepted","outcomeTimestamp":"2020-12-11T00:00:00Z"},
                  {"card":"%s","outcome":"accepted","outcomeTimestamp":"2020-12-11T00:00:00Z"}]}""".formatted(known, UUID.randomUUID()));
        HttpResponse<String> other = post(EDUCATION, accepted(othersCard));

        assertRefused(unknown, 404, "not-found", "feedback[1].card is not a card this service answered with");
        assertRefused(other, 404, "not-found", "feedback[0].card is not a card this service answered with");
        assertThat(stored(known))
                .as("the valid first entry is not stored either")
                .isZero();
        assertThat(stored(othersCard)).isZero();
    }

    @Test
    void malformedBodiesAre400WithTheFieldNamed() {
        UUID card = issue("salus-education", "obesity");
        String ok = "\"card\":\"" + card + "\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2020-12-11T00:00:00Z\"";

        assertRefused(post(EDUCATION, "{\"feedback\": [ {"), 400, "invalid", "not valid JSON");
        assertRefused(post(EDUCATION, ""), 400, "invalid", "\"feedback\" array");
        assertRefused(post(EDUCATION, "[]"), 400, "invalid", "\"feedback\" array");
        assertRefused(post(EDUCATION, "{\"feedback\":{}}"), 400, "invalid", "\"feedback\" array");
        assertRefused(post(EDUCATION, "{\"feedback\":[42]}"), 400, "invalid", "feedback[0] must be a JSON object");
        assertRefused(
                post(
                        EDUCATION,
                        "{\"feedback\":[{\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2020-12-11T00:00:00Z\"}]}"),
                400,
                "invalid",
                "feedback[0].card is required");
        assertRefused(
                post(EDUCATION, "{\"feedback\":[{" + ok.replace(card.toString(), "card-1") + "}]}"),
                400,
                "invalid",
                "feedback[0].card must be the uuid");
        assertRefused(
                post(EDUCATION, "{\"feedback\":[{" + ok.replace("accepted", "ignored") + "}]}"),
                400,
                "invalid",
                "feedback[0].outcome must be \"accepted\" or \"overridden\"");
        assertRefused(
                post(EDUCATION, "{\"feedback\":[{" + ok.replace("2020-12-11T00:00:00Z", "yesterday") + "}]}"),
                400,
                "invalid",
                "feedback[0].outcomeTimestamp must be a date and time");
        assertRefused(
                post(
                        EDUCATION,
                        "{\"feedback\":[{" + ok.replace("accepted", "overridden")
                                + ",\"overrideReason\":{\"reason\":\"too busy\"}}]}"),
                400,
                "invalid",
                "feedback[0].overrideReason.reason must be a Coding object");
        assertThat(stored(card)).isZero();
    }

    @Test
    void hugeBodiesAre413() {
        UUID card = issue("salus-education", "obesity");
        String entry =
                "{\"card\":\"" + card + "\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2020-12-11T00:00:00Z\"}";
        String tooMany = "{\"feedback\":[" + String.join(",", java.util.Collections.nCopies(101, entry)) + "]}";
        String padded = "{\"feedback\":[" + entry + "],\"x\":\"" + "a".repeat(100_000) + "\"}";

        assertRefused(post(EDUCATION, tooMany), 400, "invalid", "At most 100 feedback entries");
        assertRefused(post(EDUCATION, padded), 413, "too-long", "larger than 64 KB");
        HttpResponse<String> enormous = post(EDUCATION, "{\"x\":\"" + "a".repeat(2_000_000) + "\"}");
        assertThat(enormous.statusCode()).isEqualTo(413);
        assertThat(stored(card)).isZero();
    }

    @Test
    void theEditorsArticlePageCountsCardsShownAcceptedAndOverridden() throws Exception {
        UUID accepted = issue("salus-education", "high-blood-pressure");
        UUID overridden = issue("salus-education", "high-blood-pressure");
        issue("salus-education", "high-blood-pressure"); // shown, ignored
        issue("salus-education", "insulin-resistance"); // another article
        assertThat(post(EDUCATION, accepted(accepted)).statusCode()).isEqualTo(200);
        assertThat(post(EDUCATION, accepted(accepted)).statusCode())
                .as("reported twice")
                .isEqualTo(200);
        assertThat(post(EDUCATION, accepted(overridden).replace("accepted", "overridden"))
                        .statusCode())
                .isEqualTo(200);
        people.create("cds-editor", Role.EDITOR);
        Visitor editor = http.visitor();
        editor.signIn("cds-editor", People.PASSWORD);

        String text =
                Http.html(editor.get("/editor/articles/high-blood-pressure")).text();

        assertThat(text).contains("Cards in EHRs").contains("Last 90 days: shown in EHRs 3, accepted 1, overridden 1.");
    }

    private UUID issue(String service, String slug) {
        UUID card = UUID.randomUUID();
        long article = articles.published(slug).orElseThrow().articleId();
        events.publishEvent(new CardsIssued(service, FixedClock.NOW, List.of(new CardsIssued.Card(card, article))));
        return card;
    }

    private static String accepted(UUID card) {
        return "{\"feedback\":[{\"card\":\"" + card
                + "\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2026-11-29T11:59:00Z\"}]}";
    }

    private int stored(UUID card) {
        return jdbc.sql("SELECT COUNT(*) FROM cds_card_feedback WHERE card_uuid = :c")
                .param("c", card.toString())
                .query(Integer.class)
                .single();
    }

    private HttpResponse<String> post(String path, String body) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private void assertRefused(HttpResponse<String> response, int status, String code, String says) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode outcome = json.readTree(response.body());
        assertThat(outcome.path("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(outcome.path("issue").get(0).path("code").asString()).isEqualTo(code);
        assertThat(outcome.path("issue").get(0).path("diagnostics").asString()).contains(says);
    }
}
