package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.StoredRevisions;
import org.salus.article.TranslationGroups;
import org.salus.review.ArticleIdentity;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code translations} in the article, quiz and term payloads: the same translation groups as the
 * pages' language links, published and not retired members only, an empty list (never null) when
 * there is none, and a translation published or retired later shows at once, with a new ETag.
 */
@SiteTest
@OwnContext("api-translations") // publishes, links and retires translations
@TestPropertySource(properties = "salus.api.anonymous-limit=100000")
class ApiTranslationsTests {

    private static final String BASE = "https://health.example.org";

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    StoredRevisions articles;

    @Autowired
    TranslationGroups groups;

    @Autowired
    ArticleReader reader;

    @Autowired
    ArticleWriter writer;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anArticleAndItsTranslationNameEachOther() {
        JsonNode english = json("/api/v1/articles/insulin-resistance").get("translations");
        JsonNode spanish = json("/api/v1/articles/resistencia-insulina").get("translations");

        assertThat(english.size()).isEqualTo(1);
        JsonNode es = english.get(0);
        assertThat(es.propertyNames()).containsExactly("language", "slug", "title", "url", "apiUrl");
        assertThat(es.get("language").asString()).isEqualTo("es");
        assertThat(es.get("slug").asString()).isEqualTo("resistencia-insulina");
        assertThat(es.get("title").asString()).isEqualTo("Resistencia a la insulina");
        assertThat(es.get("url").asString()).isEqualTo(BASE + "/topics/resistencia-insulina");
        assertThat(es.get("apiUrl").asString()).isEqualTo(BASE + "/api/v1/articles/resistencia-insulina");
        assertThat(spanish.findValuesAsString("slug")).containsExactly("insulin-resistance");
        assertThat(spanish.findValuesAsString("language")).containsExactly("en");
    }

    @Test
    void anArticleWithoutTranslationsHasAnEmptyList() {
        JsonNode translations = json("/api/v1/articles/cholesterol-faqs").get("translations");

        assertThat(translations.isArray()).isTrue();
        assertThat(translations.isEmpty()).isTrue();
    }

    @Test
    void aTranslationPublishedLaterShowsAtOnceWithANewEtagAndGoesWhenRetired() {
        HttpResponse<String> before = http.get("/api/v1/articles/obesity");
        assertThat(json(before).get("translations").isEmpty()).isTrue();

        // As an import publishes reviewed content (the editorial workflow's reading-grade gate is not under test).
        MedicalReview review = reader.published("obesity").orElseThrow().review();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ArticleRow row = writer.findOrCreate("obesidad-prueba", "es", ContentType.CONDITION);
            long revision = writer.saveRevision(
                            row,
                            Drafts.draft("Obesidad")
                                    .overview("Es tener mucho peso.")
                                    .note("Primera versión.", ChangeKind.CLINICAL)
                                    .build())
                    .orElseThrow();
            writer.approveAndPublish(row, revision, review);
        });
        link("obesidad-prueba", "obesity");

        HttpResponse<String> after = http.get("/api/v1/articles/obesity");
        assertThat(json(after).get("translations").findValuesAsString("slug")).containsExactly("obesidad-prueba");
        assertThat(after.headers().firstValue("ETag"))
                .isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(http.get(
                                "/api/v1/articles/obesity",
                                "If-None-Match",
                                before.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(200);

        writer.retire(writer.findOrCreate("obesidad-prueba", "es", ContentType.CONDITION), "Test over");
        assertThat(json("/api/v1/articles/obesity").get("translations").isEmpty())
                .isTrue();
    }

    @Test
    void aQuizNamesItsTranslationOnTheQuizPages() {
        publisher.publish(
                new ArticleIdentity("prueba-colesterol-prueba", "es", ContentType.QUIZ),
                Drafts.draft("Pruebe lo que sabe del colesterol")
                        .summary("Una pregunta corta.")
                        .related(List.of("colesterol-alto-en-ninos"))
                        .overview("Responda una pregunta.")
                        .question(
                                "¿Qué es el colesterol?",
                                "colesterol-alto-en-ninos",
                                "overview",
                                "Una grasa",
                                "Un hueso")
                        .build());
        link("prueba-colesterol-prueba", "test-your-cholesterol-iq");

        JsonNode translations = json("/api/v1/quizzes/test-your-cholesterol-iq").get("translations");

        assertThat(translations.size()).isEqualTo(1);
        assertThat(translations.get(0).get("language").asString()).isEqualTo("es");
        assertThat(translations.get(0).get("url").asString()).isEqualTo(BASE + "/quizzes/prueba-colesterol-prueba");
        assertThat(translations.get(0).get("apiUrl").asString())
                .isEqualTo(BASE + "/api/v1/quizzes/prueba-colesterol-prueba");
        assertThat(json("/api/v1/quizzes/prueba-colesterol-prueba")
                        .get("translations")
                        .findValuesAsString("slug"))
                .containsExactly("test-your-cholesterol-iq");
        assertThat(json("/api/v1/quizzes/test-your-diabetes-iq")
                        .get("translations")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aTermNamesItsTranslationThroughTheTermFilesTranslationKey() {
        JsonNode insulin = json("/api/v1/terms/insulin").get("translations");
        JsonNode insulina = json("/api/v1/terms/insulina").get("translations");

        assertThat(insulin.size()).isEqualTo(1);
        assertThat(insulin.get(0).get("language").asString()).isEqualTo("es");
        assertThat(insulin.get(0).get("slug").asString()).isEqualTo("insulina");
        assertThat(insulin.get(0).get("title").asString()).isEqualTo("insulina");
        assertThat(insulin.get(0).get("url").asString()).isEqualTo(BASE + "/dictionary/insulina");
        assertThat(insulin.get(0).get("apiUrl").asString()).isEqualTo(BASE + "/api/v1/terms/insulina");
        assertThat(insulina.findValuesAsString("slug")).containsExactly("insulin");
        assertThat(json("/api/v1/terms/acanthosis-nigricans")
                        .get("translations")
                        .isArray())
                .isTrue();
        assertThat(json("/api/v1/terms/acanthosis-nigricans")
                        .get("translations")
                        .isEmpty())
                .isTrue();
    }

    /** As the content importer and the editor link them: {@code translation} names its {@code original}. */
    private void link(String translation, String original) {
        long t = articles.findBySlug(translation).orElseThrow().id();
        long o = articles.findBySlug(original).orElseThrow().id();
        new TransactionTemplate(transactions).executeWithoutResult(status -> groups.setOriginal(t, o));
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json(response);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiContractTests.JSON.readTree(response.body());
    }
}
