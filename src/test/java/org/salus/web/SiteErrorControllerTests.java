package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.web.ErrorAnswers.assertHtmlPage;
import static org.salus.web.ErrorAnswers.assertProblem;
import static org.salus.web.ErrorVisitor.ANY;
import static org.salus.web.ErrorVisitor.BROWSER;
import static org.salus.web.ErrorVisitor.JSON;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salus.account.Role;
import org.salus.review.EditorialWorkflow;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that reach the servlet container (403 from security, 413 and 429 from the story guard,
 * a fault of the site) get the same answers as the rest: the HTML page or problem+json. Its own
 * context: a page that fails on purpose, one story per client and hour, a retired article.
 */
@SiteTest
@Import(SiteErrorControllerTests.Faulty.class)
@TestPropertySource(properties = "salus.stories.submissions-per-hour=1")
@ExtendWith(OutputCaptureExtension.class)
class SiteErrorControllerTests {

    static final String QUESTION = "/topics/obesity/questions/describe-your-experience";
    static final String SPANISH_QUESTION = "/topics/diabetes-tipo-2/questions/su-experiencia";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    EditorialWorkflow workflow;

    /** A page with a bug. */
    @RestController
    static class Faulty {
        @GetMapping("/test/fault")
        String fail() {
            throw new IllegalStateException("a fault of the site");
        }
    }

    @Test
    void aFaultOfTheSiteIsA500PageAndOneErrorLine(CapturedOutput output) {
        int before = output.getOut().length(); // only what this test caused, not the start-up
        ErrorVisitor visitor = new ErrorVisitor(http);
        Document page = assertHtmlPage(visitor.get("/test/fault", BROWSER), 500, "fault");
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Something went wrong on our side");
        assertThat(page.body().text()).doesNotContain("a fault of the site");

        assertThat(output.getOut()
                        .substring(before)
                        .lines()
                        .filter(line -> line.contains(" ERROR "))
                        .count())
                .isEqualTo(1);

        assertHtmlPage(visitor.get("/test/fault", ANY), 500, "fault */*");
        HttpResponse<String> json = visitor.get("/test/fault", JSON);
        assertProblem(json, 500, "fault JSON");
        assertThat(json.body()).doesNotContain("a fault of the site");
    }

    @Test
    void askedForDirectlyTheErrorAddressIsNotFound() {
        assertHtmlPage(new ErrorVisitor(http).get("/error", BROWSER), 404, "/error");
        assertProblem(new ErrorVisitor(http).get("/error", JSON), 404, "/error JSON");
    }

    @Test
    void aRequestRefusedBySecurityIs403() {
        ErrorVisitor visitor = new ErrorVisitor(http);
        assertHtmlPage(visitor.send("DELETE", "/topics", BROWSER, null), 403, "DELETE");
        assertProblem(visitor.send("DELETE", "/topics", JSON, null), 403, "DELETE JSON");
    }

    @Test
    void aRetiredArticleIs410() {
        workflow.retire(people.create("retirer", Role.EDITOR), "cholesterol-faqs", "Split into two articles");
        ErrorVisitor visitor = new ErrorVisitor(http);

        Document page = assertHtmlPage(visitor.get("/topics/cholesterol-faqs", BROWSER), 410, "retired");
        assertThat(page.selectFirst("main h1").text()).isEqualTo("This article has been retired");
        assertProblem(visitor.get("/topics/cholesterol-faqs", JSON), 410, "retired JSON");
    }

    @Test
    void aRetiredSpanishArticleIs410InSpanish() {
        workflow.retire(people.create("es-retirer", Role.EDITOR), "colesterol-alto-en-ninos", "Se dividió en dos");
        ErrorVisitor visitor = new ErrorVisitor(http);

        Document page = assertHtmlPage(visitor.get("/topics/colesterol-alto-en-ninos", BROWSER), 410, "retired es");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Este artículo se retiró");
        assertProblem(visitor.get("/topics/colesterol-alto-en-ninos", JSON), 410, "retired es JSON");
    }

    @Test
    void anOversizedStoryIs413AndAFloodIs429(CapturedOutput output) {
        int before = output.getOut().length(); // only what this test caused, not the start-up
        ErrorVisitor visitor = new ErrorVisitor(http);
        String token = visitor.token(QUESTION);
        String huge = ErrorVisitor.form(Map.of("_csrf", token, "story", "x".repeat(40_000)));
        for (String accept : new String[] {BROWSER, ANY}) {
            Document page = assertHtmlPage(visitor.send("POST", QUESTION, accept, huge), 413, "413 " + accept);
            assertThat(page.selectFirst("main h1").text()).isEqualTo("That is more than this page accepts");
        }
        assertProblem(visitor.send("POST", QUESTION, JSON, huge), 413, "413 JSON");

        String small = ErrorVisitor.form(Map.of("_csrf", token, "story", "short"));
        assertThat(visitor.send("POST", QUESTION, BROWSER, small).statusCode()).isEqualTo(422); // the hour's one story
        Document page = assertHtmlPage(visitor.send("POST", QUESTION, BROWSER, small), 429, "429");
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Too many requests");
        HttpResponse<String> json = visitor.send("POST", QUESTION, JSON, small);
        assertProblem(json, 429, "429 JSON");
        assertThat(json.headers().firstValue("Retry-After")).isPresent();

        // Sent to a Spanish topic's form, both refusals are Spanish, as the form was.
        Document tooLong = assertHtmlPage(visitor.send("POST", SPANISH_QUESTION, BROWSER, huge), 413, "413 es");
        assertThat(tooLong.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(tooLong.selectFirst("main h1").text()).isEqualTo("Eso es más de lo que acepta esta página");
        Document flood = assertHtmlPage(visitor.send("POST", SPANISH_QUESTION, BROWSER, small), 429, "429 es");
        assertThat(flood.selectFirst("main h1").text()).isEqualTo("Demasiadas solicitudes");

        assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ", " WARN ");
    }
}
