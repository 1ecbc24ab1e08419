package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The OpenAPI document springdoc generates is valid OpenAPI 3 (checked by swagger-parser), lists
 * every API endpoint and only those, and describes the payloads with the field names the API sends.
 */
@SiteTest
@OwnContext("api")
@TestPropertySource(properties = "salus.api.anonymous-limit=100000")
class OpenApiDocumentTests {

    @Autowired
    Http http;

    @Test
    void theDocumentIsValidAndDescribesEveryEndpointAndPayload() {
        HttpResponse<String> response = http.get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());

        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getInfo().getTitle()).isEqualTo("Salus JSON content API");
        assertThat(api.getPaths().keySet())
                .containsExactlyInAnyOrder(
                        "/api/v1/articles",
                        "/api/v1/articles/{slug}",
                        "/api/v1/articles/{slug}/questions",
                        "/api/v1/articles/{slug}/questions/{question}/stories",
                        "/api/v1/terms",
                        "/api/v1/terms/{slug}",
                        "/api/v1/quizzes",
                        "/api/v1/quizzes/{slug}");
        assertThat(api.getPaths().get("/api/v1/quizzes").getGet().getParameters())
                .extracting(p -> p.getName())
                .containsExactlyInAnyOrder("letter", "language", "about", "updatedSince", "limit", "after");
        assertThat(api.getPaths().get("/api/v1/quizzes/{slug}").getGet().getResponses())
                .containsKeys("200", "304", "404", "410");
        assertThat(api.getPaths().get("/api/v1/articles").getGet().getParameters())
                .extracting(p -> p.getName())
                .contains("letter", "type", "language", "codeSystem", "code", "updatedSince", "limit", "after");
        assertThat(api.getPaths().get("/api/v1/articles/{slug}").getGet().getResponses())
                .containsKeys("200", "304", "404");
        Schema<?> detail = api.getComponents().getSchemas().get("ArticleDetail");
        assertThat(detail.getProperties())
                .containsKeys(
                        "slug",
                        "sections",
                        "codes",
                        "sources",
                        "related",
                        "review",
                        "syndication",
                        "reviewStatus",
                        "updatedAt",
                        "translations");
        assertThat(api.getComponents().getSchemas())
                .containsKeys(
                        "ArticleList",
                        "ArticleSummary",
                        "SectionBody",
                        "CodeRef",
                        "ReviewRecord",
                        "SyndicationRecord",
                        "TermList",
                        "TermDetail",
                        "QuestionList",
                        "StoryList",
                        "QuizList",
                        "QuizSummary",
                        "QuizDetail",
                        "QuizQuestion",
                        "QuizOption",
                        "ReadMore",
                        "TranslationRef",
                        "Problem");
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("apiKey", "bearer");
        assertThat(api.getComponents().getSecuritySchemes().get("apiKey").getName())
                .isEqualTo("X-API-Key");
    }

    @Test
    void swaggerUiIsServed() {
        HttpResponse<String> page = http.get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
    }
}
