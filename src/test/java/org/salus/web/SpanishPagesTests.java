package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.account.Role;
import org.salus.article.ArticleReader;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.OptionDraft;
import org.salus.article.QuestionDraft;
import org.salus.article.QuestionKind;
import org.salus.review.ArticleIdentity;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Content pages speak their content's language (docs/languages.md): a Spanish topic or quiz is
 * Spanish around its text too, in {@code <html lang>}, every UI string and its dates; so is every
 * page type a Spanish reader meets (the {@code /es} twins, a Spanish topic's story pages, the error
 * pages under {@code /es} or about Spanish content). The check looks for every English UI text of
 * two words or more (from messages.properties, where it differs from the Spanish) in what a reader
 * sees or hears: the body's text and its labels.
 */
@SiteTest
@OwnContext("spanish-pages") // publishes a Spanish quiz, which adds a panel to resistencia-insulina
class SpanishPagesTests {

    private static final String QUIZ = "/quizzes/prueba-resistencia-insulina";
    private static final String QUESTION = "/topics/diabetes-tipo-2/questions/su-experiencia";
    private static final String STORY = "Caminar cada tarde con mi hermana me ayudó a bajar el azúcar en la sangre.";
    private static final Pattern SPANISH_DATE = Pattern.compile(
            "\\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
                    + " de \\d{4}");

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    ArticleReader reader;

    @Autowired
    People people;

    @BeforeEach
    void publishASpanishQuiz() {
        if (reader.published("prueba-resistencia-insulina").isEmpty()) {
            publisher.publish(
                    new ArticleIdentity("prueba-resistencia-insulina", "es", ContentType.QUIZ),
                    Drafts.draft("¿Cuánto sabe sobre la insulina?")
                            .summary("Dos preguntas cortas sobre la resistencia a la insulina.")
                            .source("MedlinePlus en español", "Prediabetes", "https://medlineplus.gov/spanish/")
                            .related(List.of("resistencia-insulina"))
                            .overview("Responda dos preguntas cortas.")
                            .note("Primera versión.", ChangeKind.CLINICAL)
                            .question(new QuestionDraft(
                                    QuestionKind.SINGLE,
                                    "¿Qué hace la insulina?",
                                    List.of(
                                            new OptionDraft("Lleva el azúcar a las células", true),
                                            new OptionDraft("Fortalece los huesos", false)),
                                    "La insulina ayuda a que el azúcar entre en las células.\n",
                                    "resistencia-insulina",
                                    "overview",
                                    "¿Qué es la resistencia a la insulina?"))
                            .question(new QuestionDraft(
                                    QuestionKind.TRUE_FALSE,
                                    "Moverse más puede ayudar.",
                                    List.of(new OptionDraft("Verdadero", true), new OptionDraft("Falso", false)),
                                    "Sí. La actividad física ayuda.\n",
                                    "resistencia-insulina",
                                    "prevention",
                                    "¿Cómo se previene?"))
                            .build());
        }
    }

    /** An editor asks a question on a Spanish topic, as the editor's questions page does. */
    @BeforeEach
    void askAQuestionOnASpanishTopic() {
        if (http.get(QUESTION).statusCode() != 404) {
            return;
        }
        String editor = "es-editor-" + System.nanoTime();
        people.create(editor, Role.EDITOR);
        Visitor visitor = http.visitor();
        visitor.signIn(editor, People.PASSWORD);
        String questions = "/editor/articles/diabetes-tipo-2/questions";
        HttpResponse<String> saved = visitor.submit(
                questions,
                questions,
                Map.of("title", "Su experiencia", "prompt", "¿Qué le ha ayudado a vivir con la diabetes tipo 2?"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    /** Every page type a Spanish reader meets, over HTTP: Spanish around its text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/es",
                "/es/topics",
                "/es/topics?letter=D",
                "/es/dictionary",
                "/es/quizzes",
                "/es/about",
                "/es/about/privacy",
                "/es/reviewers/dra-elena-ortiz",
                "/topics/diabetes-tipo-2",
                QUIZ,
                QUESTION,
                QUESTION + "?sort=helpful",
                "/topics/diabetes-tipo-2/feedback?helpful=no",
                "/topics/diabetes-tipo-2/problem"
            })
    void everySpanishPageTypeHasNoEnglishUiText(String path) throws IOException {
        Document page = Http.html(ok(http.get(path)));

        assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("es");
        assertThat(EnglishUiText.in(page)).as(path).isEmpty();
    }

    @Test
    void aSpanishTopicsStoryFormRefusesAndThanksInSpanish() throws IOException {
        Visitor reader = http.visitor();
        HttpResponse<String> refused = reader.submit(
                QUESTION, QUESTION, Map.of("displayName", "M", "relationship", "patient", "story", "Corto."));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document form = Http.html(refused);
        assertThat(form.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(form.select(".error-message")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(EnglishUiText.in(form)).isEmpty();

        Document thanks = Http.html(ok(reader.submit(QUESTION, QUESTION, story(STORY))));
        assertThat(thanks.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(thanks.selectFirst("main h1").text()).isEqualTo(spanish("stories.thanks"));
        assertThat(thanks.select(".notice-crisis")).isEmpty();
        assertThat(EnglishUiText.in(thanks)).isEmpty();

        // The crisis detector reads English phrases only (story.screening): this one shows the notice.
        Document urgent = Http.html(ok(reader.submit(QUESTION, QUESTION, story(STORY + " I want to die."))));
        assertThat(urgent.selectFirst(".notice-crisis h2").text()).isEqualTo(spanish("crisis.heading"));
        assertThat(EnglishUiText.in(urgent)).isEmpty();
    }

    /** A 404 under /es, or under a Spanish topic, is a Spanish page (HTML for browsers, never JSON). */
    @ParameterizedTest
    @ValueSource(strings = {"/es/nope", "/es/topics/nope", "/topics/diabetes-tipo-2/questions/nope"})
    void aPageNotFoundUnderSpanishIsSpanish(String path) throws IOException {
        HttpResponse<String> response = http.get(path, "Accept", ErrorVisitor.BROWSER);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/html");
        Document page = Http.html(response);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("main h1").text()).isEqualTo("No encontramos la página");
        assertThat(page.select(".error-page a").eachAttr("href")).contains("/es/topics", "/es");
        assertThat(EnglishUiText.in(page)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "resistencia-insulina",
                "diabetes-tipo-2",
                "presion-arterial-alta",
                "estado-prediabetico",
                "colesterol-alto-en-ninos"
            })
    void aSpanishTopicPageIsSpanishAroundItsText(String slug) throws IOException {
        Document page = Http.html(ok(http.get("/topics/" + slug)));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst(".review-line").text())
                .startsWith("Revisado por un médico:")
                .containsPattern(SPANISH_DATE);
        assertThat(page.selectFirst("#sources-heading").text()).isEqualTo("Fuentes");
        assertThat(EnglishUiText.in(page)).isEmpty();
    }

    @Test
    void theSpanishTopicPageSaysWhatChangedAndItsQuizPanelInSpanish() throws IOException {
        Document page = Http.html(ok(http.get("/topics/resistencia-insulina")));

        assertThat(page.selectFirst("#changes-heading").text()).isEqualTo("Qué cambió");
        assertThat(page.selectFirst(".changes").text()).containsPattern("Publicado por primera vez el " + SPANISH_DATE);
        assertThat(page.selectFirst(".text-size legend").text()).isEqualTo("Tamaño del texto");
        assertThat(page.select("section#quiz h2").text()).isEqualTo("Cuestionario");
    }

    @Test
    void aSpanishQuizAndItsResultsAreSpanishAroundTheirText() throws IOException {
        Document quiz = Http.html(ok(http.get(QUIZ)));

        assertThat(quiz.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(quiz.select("form.quiz-form fieldset legend").eachText())
                .containsExactly(
                        "Pregunta 1 de 2: ¿Qué hace la insulina?", "Pregunta 2 de 2: Moverse más puede ayudar.");
        assertThat(quiz.selectFirst(".review-line").text()).containsPattern(SPANISH_DATE);
        assertThat(EnglishUiText.in(quiz)).isEmpty();

        Document results = Http.html(ok(http.send(HttpRequest.newBuilder(URI.create(http.url(QUIZ)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q1=a"))
                .build())));

        assertThat(results.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(results.text()).contains("Acertó 1 de 2.", "No respondió esta pregunta.");
        assertThat(EnglishUiText.in(results)).isEmpty();
    }

    /** The same check finds English UI text on an English page: it can fail. */
    @Test
    void anEnglishPageStaysEnglishAndTheCheckFindsItsUiText() throws IOException {
        Document page = Http.html(ok(http.get("/topics/insulin-resistance")));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst(".review-line").text()).contains("on September 30, 2026");
        assertThat(EnglishUiText.in(page))
                .contains("Skip to main content", "Medically reviewed by", "What changed", "Text size", "Sources");
    }

    /** One English label on an otherwise Spanish page is found, a one-word one too. */
    @Test
    void oneEnglishLabelOnASpanishPageIsFound() throws IOException {
        Document page = Http.html(ok(http.get("/topics/diabetes-tipo-2")));
        assertThat(EnglishUiText.in(page)).isEmpty();

        page.selectFirst("#sources-heading").text("Sources");
        assertThat(EnglishUiText.in(page)).containsExactly("Sources");

        page.selectFirst(".text-size legend").text("Text size");
        assertThat(EnglishUiText.in(page)).containsExactly("Sources", "Text size");
    }

    private static Map<String, String> story(String text) {
        return Map.of("displayName", "María", "relationship", "patient", "story", text, "agree", "true");
    }

    private static String spanish(String key) throws IOException {
        return MessageBundlesTests.bundle("/messages_es.properties").get(key);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
