package org.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.testsupport.Http.html;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reader's side of page feedback over real HTTP: the article's block, the forms, screening, storing. */
@SiteTest
@OwnContext("feedback")
class FeedbackControllerTests {

    static final String TOPIC = "/topics/insulin-resistance";
    static final String HELPFUL = TOPIC + "/feedback";
    static final String PROBLEM = TOPIC + "/problem";
    static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    /** Each test is its own client address, so no test uses up another's limit. */
    final String client = "10.1.0." + CLIENTS.getAndIncrement();

    @Test
    void theArticlePageAsksWasThisHelpfulWithoutAnyPerReaderToken() {
        HttpResponse<String> response = http.get(TOPIC);
        Document page = html(response);

        Element block = page.selectFirst("#page-feedback");
        assertThat(block.selectFirst("h2").text()).isEqualTo("Was this page helpful?");
        Element form = block.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(HELPFUL);
        assertThat(form.select("button[name=helpful]").eachAttr("value")).containsExactly("yes", "no");
        assertThat(block.select("a").eachAttr("href")).contains(PROBLEM);
        // The page is a shared file: no CSRF token anywhere in it, and no cookie set with it.
        assertThat(page.select("input[name=_csrf]")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theSpanishArticleAsksInSpanishAndItsFormSpeaksSpanish() {
        Document article = html(http.get("/topics/resistencia-insulina"));
        assertThat(article.selectFirst("#page-feedback h2").text()).isEqualTo("¿Le resultó útil esta página?");
        assertThat(article.select("#page-feedback a").text()).isEqualTo("Informar de un problema con esta página");

        Document form = html(http.get("/topics/resistencia-insulina/problem"));
        assertThat(form.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(form.selectFirst("h1").text()).isEqualTo("Informar de un problema con esta página");
        assertThat(form.select("#f-problem option").eachText()).contains("Un enlace no funciona");
    }

    @Test
    void theFeedbackPageHoldsTheTokenAndTheChosenAnswer() {
        Document page = html(http.get(HELPFUL + "?helpful=no"));

        assertThat(page.select("form input[name=_csrf]")).hasSize(1);
        assertThat(page.selectFirst("input[name=helpful][value=no]").hasAttr("checked"))
                .isTrue();
        assertThat(page.selectFirst("input[name=helpful][value=yes]").hasAttr("checked"))
                .isFalse();
        assertThat(page.selectFirst("main").text()).contains("We cannot reply to feedback");
    }

    @Test
    void anAnswerWithACommentIsStoredBeforeTheThankYouSaysSo() {
        int before = count("helpful = FALSE AND comment_text = 'The dosage table is missing.'");

        HttpResponse<String> response = new Readers(http)
                .send(client, HELPFUL, HELPFUL, Map.of("helpful", "no", "comment", "The dosage table is missing."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(html(response).selectFirst("h1").text()).isEqualTo("Thank you for your feedback");
        assertThat(count("helpful = FALSE AND comment_text = 'The dosage table is missing.'"))
                .isEqualTo(before + 1);
    }

    @Test
    void aProblemReportIsStoredWithItsKind() {
        HttpResponse<String> response = new Readers(http)
                .send(
                        client,
                        PROBLEM,
                        PROBLEM,
                        Map.of(
                                "problem", "broken-link",
                                "description", "The link to https://example.org/old-guide gives page not found."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(html(response).selectFirst("main").text()).contains("We have saved your report");
        // a web address is kept: a broken-link report needs it
        assertThat(count("problem = 'broken-link' AND comment_text LIKE '%example.org/old-guide%'"))
                .isEqualTo(1);
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndStoresNothing() {
        int before = count("1 = 1");

        HttpResponse<String> response =
                new Readers(http).post(client, HELPFUL, Map.of("helpful", "yes", "comment", "forged"), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(count("1 = 1")).isEqualTo(before);
    }

    @Test
    void badInputComesBackWith422AMessageAndTheTextKept() {
        Readers readers = new Readers(http);

        HttpResponse<String> noAnswer =
                readers.send(client, HELPFUL, HELPFUL, Map.of("helpful", "maybe", "comment", "Keep <b>this</b>"));
        assertThat(noAnswer.statusCode()).isEqualTo(422);
        assertThat(html(noAnswer).selectFirst("#f-helpful-error").text()).isEqualTo("Choose Yes or No.");
        assertThat(html(noAnswer).selectFirst("#f-comment").text()).isEqualTo("Keep <b>this</b>");

        HttpResponse<String> tooLong =
                readers.send(client, HELPFUL, HELPFUL, Map.of("helpful", "yes", "comment", "a".repeat(501)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(html(tooLong).selectFirst("#f-comment-error").text())
                .isEqualTo("Your comment can have at most 500 characters.");

        HttpResponse<String> noKind =
                readers.send(client, PROBLEM, PROBLEM, Map.of("problem", "spam", "description", "short"));
        assertThat(noKind.statusCode()).isEqualTo(422);
        Document page = html(noKind);
        assertThat(page.selectFirst("#f-problem-error").text()).isEqualTo("Choose what the problem is.");
        assertThat(page.selectFirst("#f-description-error").text())
                .isEqualTo("Describe the problem in 10 to 2000 characters.");
    }

    @Test
    void anUnknownPageIs404AndAHugeBodyIs413() {
        assertThat(http.get("/topics/no-such-topic/feedback").statusCode()).isEqualTo(404);
        assertThat(new Readers(http)
                        .send(client, HELPFUL, HELPFUL, Map.of("helpful", "yes", "comment", "x".repeat(40_000)))
                        .statusCode())
                .isEqualTo(413);
    }

    @Test
    void personalDataIsRefusedWithAnExplanationAndNothingIsStored() {
        int before = count("1 = 1");
        String comment = "Dr. Patel told me otherwise, call me on 415-555-0123.";

        HttpResponse<String> response =
                new Readers(http).send(client, HELPFUL, HELPFUL, Map.of("helpful", "no", "comment", comment));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = html(response);
        assertThat(page.selectFirst(".notice-error").text())
                .contains("Phone number")
                .contains("Name of a person")
                .contains("We cannot reply to feedback");
        assertThat(page.selectFirst("#f-comment").text()).isEqualTo(comment);
        assertThat(count("1 = 1")).isEqualTo(before);
    }

    @Test
    void crisisWordingIsStoredUrgentAndTheReaderSeesTheCrisisLines() {
        HttpResponse<String> response = new Readers(http)
                .send(
                        client,
                        HELPFUL,
                        HELPFUL,
                        Map.of("helpful", "no", "comment", "Nothing helps, I want to kill myself."));

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.selectFirst(".notice-crisis").text()).contains("988");
        assertThat(page.select(".notice-crisis a").eachAttr("href")).contains("tel:988", "tel:911");
        assertThat(count("urgent = TRUE AND flags LIKE '%crisis%'")).isEqualTo(1);
    }

    @Test
    void aFilledHoneypotIsThankedAndDiscarded() {
        int before = count("1 = 1");

        HttpResponse<String> response = new Readers(http)
                .send(client, HELPFUL, HELPFUL, Map.of("helpful", "yes", "website", "http://spam.example"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(count("1 = 1")).isEqualTo(before);
    }

    private int count(String condition) {
        return jdbc.sql("SELECT COUNT(*) FROM page_feedback WHERE " + condition)
                .query(Integer.class)
                .single();
    }
}
