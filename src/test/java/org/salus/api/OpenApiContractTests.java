package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salus.article.ArticleWriter;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.Syndication;
import org.salus.review.ArticleIdentity;
import org.salus.story.Moderation;
import org.salus.story.PublishedStories;
import org.salus.story.Question;
import org.salus.story.StoryForm;
import org.salus.story.StorySubmissions;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document says what the API does: every endpoint is called over HTTP with real
 * content (lists with and without filters, a reviewed and a syndicated article, terms, questions,
 * stories with and without an age range, and 400, 401 and 404 problems), and each answer body is
 * validated with networknt's JSON Schema validator (OpenAPI 3.1 dialect, formats asserted) against
 * the schema the generated document gives for that operation, status and media type. Also: the
 * operation ids a client generator turns into method names, and the types of query parameters.
 */
@SiteTest
@OwnContext("api-conformance")
@TestPropertySource(properties = "salus.api.anonymous-limit=100000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the validator finds the document; never fetched, the text is handed over. */
    private static final String DOCUMENT = "https://salus.test/v3/api-docs";

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    PublishedStories stories;

    @Autowired
    StorySubmissions submissions;

    @Autowired
    Moderation moderation;

    @Autowired
    ArticleWriter writer;

    private JsonNode document;
    private SchemaRegistry schemas;

    @BeforeAll
    void contentAndDocument() {
        // syndicated text: no review (a reviewed article has no syndication), and a source with
        // neither address nor access date, as imported pages have
        publisher.syndicate(
                "conformance-syndicated",
                Drafts.draft("Conformance Syndicated")
                        .summary("A summary.")
                        .source("NIH", "A printed leaflet", null)
                        .overview("Some text.")
                        .note("First", ChangeKind.CLINICAL)
                        .build(),
                new Syndication("Text from the NIH", LocalDate.of(2026, 1, 5)));
        // two published stories, one without an age range, so a page of one has a next link
        Question diet = stories.question("insulin-resistance", "diet").orElseThrow();
        publish(
                diet,
                new StoryForm(
                        "Ageless Alex",
                        "patient",
                        null,
                        null,
                        "I swapped soda for water and walked "
                                + "after dinner. It took months, but my doctor was pleased with the numbers.",
                        true,
                        ""),
                "10.9.1.1");
        publish(
                diet,
                new StoryForm(
                        "Decade Dana",
                        "caregiver",
                        "45-64",
                        null,
                        "My father keeps a food diary now "
                                + "and we cook together twice a week; his energy is better than last year.",
                        true,
                        ""),
                "10.9.1.2");

        // a retired quiz, for the 410 problem
        publisher.publish(
                new ArticleIdentity("test-your-retired-iq", "en", ContentType.QUIZ), ApiContractTests.retiredQuiz());
        writer.retire(writer.findOrCreate("test-your-retired-iq", "en", ContentType.QUIZ), "Replaced");

        HttpResponse<String> response = http.get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.1.");
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        schemas = SchemaRegistry.withDialect(
                Dialects.getOpenApi31(),
                registry -> registry.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT, response.body())));
    }

    private void publish(Question question, StoryForm form, String address) {
        moderation.publish(
                "moderator", submissions.submit(question, form, address).storyId(), false);
    }

    @Test
    void everyAnswerOfEveryEndpointMatchesItsSchemaInTheDocument() {
        Set<String> answered = new LinkedHashSet<>();
        List<String> calls = List.of(
                "/api/v1/articles",
                "/api/v1/articles?limit=2",
                "/api/v1/articles?letter=i&type=condition&language=en&limit=100",
                "/api/v1/articles?codeSystem=ICD-10-CM&code=E88.81&updatedSince=2020-01-01",
                "/api/v1/articles?language=es&updatedSince=2020-01-01T00:00:00Z",
                "/api/v1/articles?limit=0",
                "/api/v1/articles?code=E11",
                "/api/v1/articles/insulin-resistance",
                "/api/v1/articles/resistencia-insulina", // with a translation in `translations`
                "/api/v1/articles/conformance-syndicated",
                "/api/v1/articles/no-such-article",
                "/api/v1/articles/insulin-resistance/questions",
                "/api/v1/articles/no-such-article/questions",
                "/api/v1/articles/insulin-resistance/questions/diet/stories",
                "/api/v1/articles/insulin-resistance/questions/diet/stories?limit=1&offset=0",
                "/api/v1/articles/insulin-resistance/questions/diet/stories?offset=-1",
                "/api/v1/articles/insulin-resistance/questions/no-such-question/stories",
                "/api/v1/terms",
                "/api/v1/terms?letter=a&language=en&limit=2",
                "/api/v1/terms?language=xx",
                "/api/v1/terms/a1c",
                "/api/v1/terms/insulina",
                "/api/v1/terms/no-such-term",
                "/api/v1/quizzes",
                "/api/v1/quizzes?limit=1",
                "/api/v1/quizzes?letter=t&language=en&about=high-blood-pressure&updatedSince=2020-01-01",
                "/api/v1/quizzes?about=Not%20A%20Slug",
                "/api/v1/quizzes/test-your-cholesterol-iq",
                "/api/v1/quizzes/test-your-diabetes-iq",
                "/api/v1/quizzes/insulin-resistance",
                "/api/v1/quizzes/test-your-retired-iq");
        List<String> failures = new ArrayList<>();
        for (String call : calls) {
            failures.addAll(validate(call, http.get(call), answered));
        }
        failures.addAll(
                validate("/api/v1/terms (unknown key)", http.get("/api/v1/terms", "X-API-Key", "unknown"), answered));

        assertThat(failures).isEmpty();
        // every operation was answered 200, and the problems this test provoked were seen
        for (String operation : operationIds()) {
            assertThat(answered).contains(operation + " 200");
        }
        assertThat(answered)
                .contains(
                        "listArticles 400",
                        "getArticle 404",
                        "listQuestions 404",
                        "listStories 400",
                        "listStories 404",
                        "listTerms 400",
                        "listTerms 401",
                        "getTerm 404",
                        "listQuizzes 400",
                        "getQuiz 404",
                        "getQuiz 410");
    }

    @Test
    void theValidatorRejectsAnswersThatDoNotMatch() {
        // a guard against a vacuous check: references resolve and null is refused where not allowed
        assertThat(errors(schemaOf("getArticle", "200", "application/json"), "{}"))
                .isNotEmpty();
        assertThat(errors(
                        schemaOf("listTerms", "200", "application/json"),
                        "{\"items\":[],\"total\":null,\"limit\":20,\"next\":null}"))
                .isNotEmpty();
        assertThat(errors(
                        schemaOf("getTerm", "404", "application/problem+json"),
                        "{\"title\":\"Not found\",\"status\":404,\"detail\":\"x\",\"instance\":\"not a uri\"}"))
                .isNotEmpty();
    }

    @Test
    void operationIdsAreUniqueNamesAClientCanUse() {
        List<String> ids = operationIds();

        assertThat(ids)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(
                        "listArticles",
                        "getArticle",
                        "listQuestions",
                        "listStories",
                        "listTerms",
                        "getTerm",
                        "listQuizzes",
                        "getQuiz");
        assertThat(ids).noneMatch(id -> id.matches(".*\\d$"));
    }

    @Test
    void queryParametersHaveTheTypesTheApiAccepts() {
        JsonNode articles = document.at("/paths/~1api~1v1~1articles/get/parameters");
        JsonNode stories =
                document.at("/paths/~1api~1v1~1articles~1{slug}~1questions~1{question}~1stories/get/parameters");

        assertThat(parameter(articles, "limit").get("type").asString()).isEqualTo("integer");
        assertThat(parameter(articles, "limit").get("minimum").asInt()).isEqualTo(1);
        assertThat(parameter(articles, "limit").get("maximum").asInt()).isEqualTo(ApiParameters.MAX_LIMIT);
        assertThat(parameter(articles, "limit").get("default").asInt()).isEqualTo(ApiParameters.DEFAULT_LIMIT);
        assertThat(parameter(stories, "offset").get("type").asString()).isEqualTo("integer");
        assertThat(parameter(stories, "limit").get("type").asString()).isEqualTo("integer");
        assertThat(parameter(articles, "type").get("enum").valueStream().map(JsonNode::asString))
                .contains("condition", "living-with")
                .doesNotContain("quiz");
        assertThat(parameter(articles, "language").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly("en", "es");
        assertThat(parameter(articles, "letter").get("enum").valueStream().map(JsonNode::asString))
                .contains("A", "Z", "0-9");
        JsonNode quizzes = document.at("/paths/~1api~1v1~1quizzes/get/parameters");
        assertThat(parameter(quizzes, "limit").get("maximum").asInt()).isEqualTo(ApiParameters.MAX_LIMIT);
        assertThat(parameter(quizzes, "language").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly("en", "es");
        assertThat(parameter(quizzes, "about").get("type").asString()).isEqualTo("string");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Validates one answer against the schema of its operation, status and media type. */
    private List<String> validate(String call, HttpResponse<String> response, Set<String> answered) {
        String path = response.uri().getPath();
        String status = String.valueOf(response.statusCode());
        String mediaType = response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .split(";")[0]
                .strip();
        Map.Entry<String, JsonNode> operation = operationFor(path);
        if (operation == null) {
            return List.of(call + ": no operation in the document for " + path);
        }
        String id = operation.getValue().get("operationId").asString();
        JsonNode content = operation.getValue().path("responses").path(status).path("content");
        if (!content.has(mediaType)) {
            return List.of(call + ": " + id + " documents no " + status + " answer of type " + mediaType
                    + " (documented: " + content.propertyNames() + ")");
        }
        answered.add(id + " " + status);
        return errors(schemaOf(id, status, mediaType), response.body()).stream()
                .map(error -> call + " (" + id + " " + status + "): " + error)
                .toList();
    }

    private List<String> errors(Schema schema, String body) {
        return schema.validate(body, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    /** The schema at paths/{path}/get/responses/{status}/content/{type}/schema, resolved in the document. */
    private Schema schemaOf(String operationId, String status, String mediaType) {
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (operationId.equals(
                    path.getValue().path("get").path("operationId").asString(""))) {
                String pointer = "/paths/" + token(path.getKey()) + "/get/responses/" + status + "/content/"
                        + token(mediaType) + "/schema";
                assertThat(document.at(pointer).isMissingNode()).as(pointer).isFalse();
                return schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + fragment(pointer)));
            }
        }
        throw new AssertionError("no operation " + operationId);
    }

    /** The documented GET whose path template matches a request path. */
    private Map.Entry<String, JsonNode> operationFor(String requestPath) {
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (requestPath.matches(path.getKey().replaceAll("\\{[^/]+}", "[^/]+"))
                    && path.getValue().has("get")) {
                return Map.entry(path.getKey(), path.getValue().get("get"));
            }
        }
        return null;
    }

    private List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        document.get("paths")
                .forEach(path -> path.forEach(
                        operation -> ids.add(operation.path("operationId").asString("(none)"))));
        return ids;
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter.get("schema");
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    /** A JSON Pointer reference token (RFC 6901). */
    private static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A JSON Pointer as a URI fragment: characters a fragment may not hold, percent-encoded. */
    private static String fragment(String pointer) {
        return URLEncoder.encode(pointer, StandardCharsets.UTF_8)
                .replace("%2F", "/")
                .replace("%7E", "~")
                .replace("+", "%20");
    }
}
