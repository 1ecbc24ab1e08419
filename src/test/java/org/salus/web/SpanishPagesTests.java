package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Content pages speak their content's language (docs/languages.md): a Spanish topic or quiz is
 * Spanish around its text too, in {@code <html lang>}, every UI string and its dates. The check
 * looks for every English UI text of two words or more (from messages.properties, where it differs
 * from the Spanish) in what a reader sees or hears: the body's text and its labels.
 */
@SiteTest
@OwnContext("spanish-pages") // publishes a Spanish quiz, which adds a panel to resistencia-insulina
class SpanishPagesTests {

    private static final String QUIZ = "/quizzes/prueba-resistencia-insulina";
    private static final Pattern SPANISH_DATE = Pattern.compile(
            "\\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
                    + " de \\d{4}");

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    ArticleReader reader;

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
                .contains("Skip to main content", "Medically reviewed by", "What changed", "Text size");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
