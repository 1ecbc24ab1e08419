package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
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
 * The JSON content API over HTTP, as a partner sees it: field names, filters, paging, caching
 * headers, CORS, problem details, and that nothing unpublished ever appears.
 */
@SiteTest
@OwnContext("api")
@TestPropertySource(properties = "salus.api.anonymous-limit=100000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Syndication FROM_THE_NIH = new Syndication("Text from the NIH", LocalDate.of(2026, 1, 5));
    /** The bundled sample articles (thirteen English, eight Spanish) and the syndicated one these tests add. */
    static final int SAMPLE_AND_SYNDICATED = 22;
    /** The bundled sample quizzes, in slug order. */
    static final List<String> SAMPLE_QUIZZES =
            List.of("test-your-blood-pressure-iq", "test-your-cholesterol-iq", "test-your-diabetes-iq");

    static final String RETIRED_QUIZ = "test-your-retired-iq";

    @Autowired
    Http http;

    @Autowired
    ArticleWriter writer;

    @Autowired
    Publisher publisher;

    @Autowired
    PublishedStories stories;

    @Autowired
    StorySubmissions submissions;

    @Autowired
    Moderation moderation;

    @BeforeAll
    void unpublishedAndSyndicatedContent() {
        // a draft that nobody approved: must never appear
        ArticleRow draft = writer.findOrCreate("secret-draft-topic", "en", ContentType.CONDITION);
        writer.saveRevision(draft, revision("Secret Draft Topic", List.of(new Code("ICD-10-CM", "E88.81", "x"))));
        // syndicated text: published with its syndication, never a review
        publisher.syndicate("syndicated-topic", revision("Syndicated Topic", List.of()), FROM_THE_NIH);
        // one published and one pending story under the "diet" question
        Question diet = stories.question("insulin-resistance", "diet").orElseThrow();
        long published = submissions
                .submit(
                        diet,
                        story(
                                "Published Pat",
                                "I walk every day now and eat fewer sweets. "
                                        + "My numbers came down in a year and I feel better. Call 415-555-0123."),
                        "10.9.0.1")
                .storyId();
        moderation.publish("moderator", published, false);
        submissions.submit(
                diet,
                story(
                        "Pending Pam",
                        "This story is still waiting for a moderator to read it, so " + "nobody may see it yet."),
                "10.9.0.2");
        // a quiz that was published and then retired: 410 at its address, never listed
        publisher.publish(new ArticleIdentity(RETIRED_QUIZ, "en", ContentType.QUIZ), retiredQuiz());
        writer.retire(writer.findOrCreate(RETIRED_QUIZ, "en", ContentType.QUIZ), "Replaced");
    }

    static RevisionDraft retiredQuiz() {
        return Drafts.draft("Test your retired IQ")
                .summary("Gone.")
                .related(List.of("insulin-resistance"))
                .overview("One question.")
                .question("What does insulin do?", "insulin-resistance", "overview", "Moves sugar", "Makes bones")
                .build();
    }

    static RevisionDraft revision(String title, List<Code> codes) {
        return Drafts.draft(title)
                .codes(codes)
                .source("NIH", "A source", "https://www.nih.gov/", LocalDate.of(2026, 1, 1))
                .overview("Some **text** about " + title + ".")
                .note("First", ChangeKind.CLINICAL)
                .build();
    }

    static StoryForm story(String name, String text) {
        return new StoryForm(name, "patient", null, null, text, true, "");
    }

    JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    HttpResponse<String> get(String path, String... headers) {
        return http.get(path, headers);
    }

    // ---- articles -----------------------------------------------------------------------------

    @Test
    void theListHasStableCamelCaseFieldsAndOnlyPublishedArticles() {
        HttpResponse<String> response = get("/api/v1/articles?limit=100");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = json(response);
        assertThat(body.propertyNames()).containsExactly("items", "total", "limit", "next");
        assertThat(body.get("total").asInt()).isEqualTo(SAMPLE_AND_SYNDICATED);
        assertThat(body.get("next").isNull()).isTrue();
        JsonNode first = body.get("items").get(0);
        assertThat(first.propertyNames())
                .containsExactly(
                        "slug",
                        "title",
                        "summary",
                        "language",
                        "contentType",
                        "reviewStatus",
                        "updatedAt",
                        "url",
                        "apiUrl");
        List<String> slugs = slugs(body);
        assertThat(slugs)
                .contains("insulin-resistance", "syndicated-topic")
                .doesNotContain("secret-draft-topic")
                .isSorted();
        JsonNode insulin = item(body, "insulin-resistance");
        assertThat(insulin.get("url").asString()).isEqualTo("https://health.example.org/topics/insulin-resistance");
        assertThat(insulin.get("apiUrl").asString())
                .isEqualTo("https://health.example.org/api/v1/articles/insulin-resistance");
        assertThat(insulin.get("reviewStatus").asString()).isEqualTo("reviewed");
        assertThat(insulin.get("updatedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(item(body, "syndicated-topic").get("reviewStatus").asString())
                .isEqualTo("syndicated");
    }

    @Test
    void nextLinksWalkEveryArticleOnceWithTheSameTotal() {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/articles?limit=3";
        int pages = 0;
        while (next != null) {
            JsonNode body = json(get(next.replace("https://health.example.org", "")));
            assertThat(body.get("total").asInt()).isEqualTo(SAMPLE_AND_SYNDICATED);
            assertThat(body.get("limit").asInt()).isEqualTo(3);
            seen.addAll(slugs(body));
            next = body.get("next").isNull() ? null : body.get("next").asString();
            pages++;
        }
        assertThat(pages).isEqualTo((SAMPLE_AND_SYNDICATED + 2) / 3); // 3 a page, the last one short
        assertThat(seen).hasSize(SAMPLE_AND_SYNDICATED).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void filtersNarrowTheListAndTheNextLinkKeepsThem() {
        assertThat(slugs(json(get("/api/v1/articles?letter=i")))).containsExactly("insulin-resistance");
        assertThat(slugs(json(get("/api/v1/articles?type=faq")))).containsExactly("cholesterol-faqs");
        assertThat(slugs(json(get("/api/v1/articles?language=es"))))
                .containsExactly(
                        "atorvastatina",
                        "colesterol-alto-en-ninos",
                        "diabetes-tipo-2",
                        "estado-prediabetico",
                        "lisinopril-medicamento",
                        "metformina",
                        "presion-arterial-alta",
                        "resistencia-insulina");
        assertThat(slugs(json(get("/api/v1/articles?codeSystem=ICD-10-CM&code=E88.81"))))
                .contains("insulin-resistance")
                .doesNotContain("secret-draft-topic");
        assertThat(slugs(json(get("/api/v1/articles?codeSystem=2.16.840.1.113883.6.90&code=E8881"))))
                .contains("insulin-resistance");
        assertThat(json(get("/api/v1/articles?updatedSince=2999-01-01"))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(json(get("/api/v1/articles?updatedSince=2000-01-01T00:00:00Z"))
                        .get("total")
                        .asInt())
                .isEqualTo(SAMPLE_AND_SYNDICATED);

        JsonNode page = json(get("/api/v1/articles?type=condition&language=en&limit=1"));
        assertThat(page.get("next").asString())
                .startsWith("https://health.example.org/api/v1/articles?")
                .contains(
                        "type=condition",
                        "language=en",
                        "limit=1",
                        "after=" + slugs(page).get(0));
    }

    @Test
    void aPublicationOrRetirementShowsInTheNextListAtOnce() {
        String path = "/api/v1/articles?letter=q";
        assertThat(slugs(json(get(path)))).doesNotContain("quokka-topic");

        publisher.syndicate("quokka-topic", revision("Quokka Topic", List.of()), FROM_THE_NIH);
        List<String> afterPublication = slugs(json(get(path)));
        writer.retire(writer.findOrCreate("quokka-topic", "en", ContentType.CONDITION), "test over");
        List<String> afterRetirement = slugs(json(get(path)));

        assertThat(afterPublication).contains("quokka-topic");
        assertThat(afterRetirement).doesNotContain("quokka-topic");
        assertThat(get("/api/v1/articles/quokka-topic").statusCode()).isEqualTo(404);
    }

    @Test
    void oneArticleHasSectionsCodesSourcesRelatedAndItsReview() {
        HttpResponse<String> response = get("/api/v1/articles/insulin-resistance");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode a = json(response);
        assertThat(a.propertyNames())
                .containsExactly(
                        "slug",
                        "title",
                        "summary",
                        "language",
                        "contentType",
                        "alsoCalled",
                        "reviewStatus",
                        "updatedAt",
                        "url",
                        "codes",
                        "sections",
                        "sources",
                        "related",
                        "review",
                        "syndication",
                        "clinicalChanges",
                        "questionsUrl",
                        "translations");
        assertThat(a.get("title").asString()).isEqualTo("Insulin Resistance");
        assertThat(a.get("sections").get(0).propertyNames())
                .containsExactly("type", "heading", "anchor", "markdown", "html");
        assertThat(a.get("sections").get(0).get("type").asString()).isEqualTo("overview");
        assertThat(a.get("sections").get(0).get("html").asString()).startsWith("<");
        assertThat(a.get("sections").get(0).get("markdown").asString()).doesNotStartWith("<p>");
        JsonNode icd = a.get("codes").get(0);
        assertThat(icd.get("system").asString()).isEqualTo("ICD-10-CM");
        assertThat(icd.get("oid").asString()).isEqualTo("2.16.840.1.113883.6.90");
        assertThat(icd.get("code").asString()).isEqualTo("E88.81");
        assertThat(a.get("sources").get(0).propertyNames())
                .containsExactly("organisation", "title", "url", "accessedOn");
        assertThat(a.get("related").findValuesAsString("slug")).contains("high-cholesterol-in-children");
        JsonNode review = a.get("review");
        assertThat(review.get("reviewerName").asString()).isEqualTo("Dr. Lena Marsh");
        assertThat(LocalDate.parse(review.get("nextReviewDue").asString()))
                .isEqualTo(LocalDate.parse(review.get("reviewedOn").asString()).plusYears(3));
        assertThat(a.get("syndication").isNull()).isTrue();
        assertThat(a.get("reviewStatus").asString()).isEqualTo("reviewed");
    }

    @Test
    void aSyndicatedArticleShowsItsSyndicationAndNoReview() {
        JsonNode a = json(get("/api/v1/articles/syndicated-topic"));

        assertThat(a.get("reviewStatus").asString()).isEqualTo("syndicated");
        assertThat(a.get("review").isNull()).isTrue();
        assertThat(a.get("syndication").get("attribution").asString()).isEqualTo("Text from the NIH");
        assertThat(a.get("syndication").get("importedOn").asString()).isEqualTo("2026-01-05");
    }

    @Test
    void unpublishedAndUnknownArticlesAre404ProblemsThatDoNotEchoTheAddress() {
        for (String path : List.of(
                "/api/v1/articles/secret-draft-topic",
                "/api/v1/articles/no-such-topic",
                "/api/v1/articles/%3Cscript%3E",
                "/api/v1/articles/secret-draft-topic/questions",
                "/api/v1/nothing-here")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(path)
                    .startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("title").asString()).isEqualTo("Not found");
            assertThat(response.body()).doesNotContain("secret", "script", "nothing-here", "Exception");
        }
    }

    @Test
    void theArticleSendsAnEtagAndLastModifiedAndAnswers304() {
        HttpResponse<String> first = get("/api/v1/articles/insulin-resistance");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = get("/api/v1/articles/insulin-resistance", "If-None-Match", etag);
        HttpResponse<String> since = get("/api/v1/articles/insulin-resistance", "If-Modified-Since", lastModified);
        HttpResponse<String> other = get("/api/v1/articles/insulin-resistance", "If-None-Match", "W/\"stale\"");

        assertThat(etag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300", "public");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(since.statusCode()).isEqualTo(304);
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void listsTermsAndStoriesAnswer304ToTheirEtag() {
        for (String path : List.of(
                "/api/v1/articles?letter=i",
                "/api/v1/quizzes",
                "/api/v1/terms?limit=5",
                "/api/v1/terms/a1c",
                "/api/v1/articles/insulin-resistance/questions",
                "/api/v1/articles/insulin-resistance/questions/diet/stories")) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }
    }

    // ---- bad input ---------------------------------------------------------------------------

    @Test
    void badParametersAre400ProblemsNamingTheParameterWithoutTheValue() {
        String[][] cases = {
            {"letter", "/api/v1/articles?letter=%3Cb%3Ezz"},
            {"type", "/api/v1/articles?type=evil%3Cx%3E"},
            {"type", "/api/v1/articles?type=quiz"},
            {"language", "/api/v1/articles?language=xx"},
            {"limit", "/api/v1/articles?limit=1000"},
            {"limit", "/api/v1/articles?limit=abc"},
            {"after", "/api/v1/articles?after=Not%20A%20Slug"},
            {"updatedSince", "/api/v1/articles?updatedSince=yesterday"},
            {"codeSystem", "/api/v1/articles?code=E11"},
            {"code", "/api/v1/articles?codeSystem=ICD-10-CM"},
            {"codeSystem", "/api/v1/articles?codeSystem=NOPE&code=E11"},
            {"code", "/api/v1/articles?codeSystem=ICD-10-CM&code=" + "E".repeat(41)},
            {"letter", "/api/v1/terms?letter=" + "x".repeat(5000)},
            {"letter", "/api/v1/articles?letter=a&letter=b"},
            {"limit", "/api/v1/articles?limit=5&limit=6"},
            {"offset", "/api/v1/articles/insulin-resistance/questions/diet/stories?offset=-1"},
            {"letter", "/api/v1/quizzes?letter=%3Cb%3Ezz"},
            {"language", "/api/v1/quizzes?language=xx"},
            {"about", "/api/v1/quizzes?about=Not%20A%20Slug"},
            {"updatedSince", "/api/v1/quizzes?updatedSince=yesterday"},
            {"limit", "/api/v1/quizzes?limit=0"},
            {"after", "/api/v1/quizzes?after=%3Cb%3E"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = get(c[1]);
            assertThat(response.statusCode()).as(c[1]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(c[1])
                    .startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.get("parameter").asString()).as(c[1]).isEqualTo(c[0]);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).as(c[1]).contains("'" + c[0] + "'");
            assertThat(response.body())
                    .as(c[1])
                    .doesNotContain("<b>", "evil", "Not A Slug", "yesterday", "NOPE", "xxxxx", "Exception", "at org.");
        }
    }

    @Test
    void writingIsNotAllowed() {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/articles")))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build());

        assertThat(post.statusCode()).isIn(403, 405);
        assertThat(post.body()).doesNotContain("Exception");
    }

    // ---- CORS --------------------------------------------------------------------------------

    @Test
    void anyOriginMayReadWithoutCredentialsAndThePreflightAllowsTheKeyHeader() {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/articles")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://ehr.example.com")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-api-key")
                .build());
        HttpResponse<String> read = get("/api/v1/articles/insulin-resistance", "Origin", "https://ehr.example.com");

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("*");
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElseThrow())
                .contains("GET");
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElseThrow()
                        .toLowerCase())
                .contains("x-api-key");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow())
                .contains("ETag", "Retry-After");

        HttpResponse<String> postPreflight = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/articles")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://ehr.example.com")
                .header("Access-Control-Request-Method", "DELETE")
                .build());
        assertThat(postPreflight.statusCode()).isEqualTo(403);
    }

    // ---- quizzes -----------------------------------------------------------------------------

    @Test
    void theQuizListHasStableFieldsAndOnlyPublishedQuizzes() {
        HttpResponse<String> response = get("/api/v1/quizzes");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300", "public");
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).isPresent(); // rate-limited like all /api
        JsonNode body = json(response);
        assertThat(body.propertyNames()).containsExactly("items", "total", "limit", "next");
        assertThat(body.get("total").asInt()).isEqualTo(SAMPLE_QUIZZES.size());
        assertThat(slugs(body)).containsExactlyElementsOf(SAMPLE_QUIZZES); // not the retired one
        assertThat(body.get("next").isNull()).isTrue();
        JsonNode cholesterol = item(body, "test-your-cholesterol-iq");
        assertThat(cholesterol.propertyNames())
                .containsExactly(
                        "slug",
                        "title",
                        "summary",
                        "language",
                        "questionCount",
                        "about",
                        "reviewStatus",
                        "updatedAt",
                        "url",
                        "apiUrl");
        assertThat(cholesterol.get("title").asString()).isEqualTo("Test your cholesterol IQ");
        assertThat(cholesterol.get("questionCount").asInt()).isEqualTo(10);
        assertThat(cholesterol.get("about").valueStream().map(JsonNode::asString))
                .containsExactly("high-cholesterol-in-children", "cholesterol-faqs");
        assertThat(cholesterol.get("reviewStatus").asString()).isEqualTo("reviewed");
        assertThat(cholesterol.get("url").asString())
                .isEqualTo("https://health.example.org/quizzes/test-your-cholesterol-iq");
        assertThat(cholesterol.get("apiUrl").asString())
                .isEqualTo("https://health.example.org/api/v1/quizzes/test-your-cholesterol-iq");
    }

    @Test
    void quizFiltersNarrowTheListAndNextLinksWalkItOnce() {
        assertThat(slugs(json(get("/api/v1/quizzes?about=insulin-resistance"))))
                .containsExactly("test-your-diabetes-iq");
        assertThat(slugs(json(get("/api/v1/quizzes?letter=t&language=en")))).containsExactlyElementsOf(SAMPLE_QUIZZES);
        assertThat(json(get("/api/v1/quizzes?letter=a")).get("total").asInt()).isZero();
        assertThat(json(get("/api/v1/quizzes?language=es")).get("total").asInt())
                .isZero();
        assertThat(json(get("/api/v1/quizzes?updatedSince=2999-01-01"))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(json(get("/api/v1/quizzes?updatedSince=2000-01-01T00:00:00Z"))
                        .get("total")
                        .asInt())
                .isEqualTo(SAMPLE_QUIZZES.size());

        List<String> seen = new ArrayList<>();
        String next = "/api/v1/quizzes?letter=t&language=en&limit=2";
        while (next != null) {
            JsonNode page = json(get(next.replace("https://health.example.org", "")));
            assertThat(page.get("total").asInt()).isEqualTo(SAMPLE_QUIZZES.size());
            seen.addAll(slugs(page));
            next = page.get("next").isNull() ? null : page.get("next").asString();
            if (next != null) {
                assertThat(next).contains("letter=T", "language=en", "limit=2", "after=");
            }
        }
        assertThat(seen).containsExactlyElementsOf(SAMPLE_QUIZZES);
    }

    @Test
    void oneQuizHasItsQuestionsAnswersExplanationsAndReview() {
        HttpResponse<String> response = get("/api/v1/quizzes/test-your-cholesterol-iq");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode quiz = json(response);
        assertThat(quiz.propertyNames())
                .containsExactly(
                        "slug",
                        "title",
                        "summary",
                        "language",
                        "reviewStatus",
                        "updatedAt",
                        "url",
                        "introduction",
                        "questions",
                        "sources",
                        "related",
                        "review",
                        "syndication",
                        "translations");
        assertThat(quiz.get("url").asString()).isEqualTo("https://health.example.org/quizzes/test-your-cholesterol-iq");
        assertThat(quiz.get("introduction").get(0).get("type").asString()).isEqualTo("overview");
        assertThat(quiz.get("sources").size()).isEqualTo(4);
        assertThat(quiz.get("related").findValuesAsString("slug"))
                .containsExactly("high-cholesterol-in-children", "cholesterol-faqs");
        assertThat(quiz.get("review").get("reviewerName").asString()).isEqualTo("Dr. Samuel Ortiz");
        assertThat(quiz.get("review").get("reviewedOn").asString()).isEqualTo("2026-11-20");
        assertThat(quiz.get("syndication").isNull()).isTrue();

        JsonNode questions = quiz.get("questions");
        assertThat(questions.size()).isEqualTo(10);
        assertThat(questions.findValuesAsString("kind")).containsOnly("single", "multiple", "true-false");
        JsonNode first = questions.get(0);
        assertThat(first.propertyNames())
                .containsExactly(
                        "number", "kind", "prompt", "options", "explanationMarkdown", "explanationHtml", "readMore");
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("kind").asString()).isEqualTo("single");
        assertThat(first.get("prompt").asString())
                .isEqualTo("Which kind of cholesterol is often called \"bad\" cholesterol?");
        assertThat(first.get("options").get(0).propertyNames()).containsExactly("key", "text", "correct");
        assertThat(first.get("options").findValuesAsString("key")).containsExactly("a", "b", "c");
        assertThat(first.get("options").findValuesAsString("text")).containsExactly("LDL", "HDL", "Triglycerides");
        assertThat(first.get("options").findValues("correct").stream().map(JsonNode::asBoolean))
                .containsExactly(true, false, false);
        assertThat(first.get("explanationHtml").asString()).startsWith("<p>Too much LDL");
        assertThat(first.get("explanationMarkdown").asString()).startsWith("Too much LDL");
        JsonNode readMore = first.get("readMore");
        assertThat(readMore.propertyNames()).containsExactly("slug", "anchor", "text", "url");
        assertThat(readMore.get("slug").asString()).isEqualTo("high-cholesterol-in-children");
        assertThat(readMore.get("anchor").asString()).isEqualTo("overview");
        assertThat(readMore.get("text").asString()).isEqualTo("What is high cholesterol in children?");
        assertThat(readMore.get("url").asString())
                .isEqualTo("https://health.example.org/topics/high-cholesterol-in-children#overview");
    }

    @Test
    void theQuizSendsAnEtagAndLastModifiedAndAnswers304() {
        String path = "/api/v1/quizzes/test-your-cholesterol-iq";
        HttpResponse<String> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(etag).startsWith("W/\"");
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300", "public");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).isPresent();
        assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-None-Match", "W/\"stale\"").statusCode()).isEqualTo(200);
        // the same content version under /articles is another resource with another tag
        assertThat(get("/api/v1/articles/test-your-cholesterol-iq")
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow())
                .isNotEqualTo(etag);
    }

    @Test
    void whatIsNoPublishedQuizIsA404AndARetiredQuizA410Problem() {
        for (String path : List.of(
                "/api/v1/quizzes/insulin-resistance", // an article, but no quiz
                "/api/v1/quizzes/no-such-quiz",
                "/api/v1/quizzes/secret-draft-topic",
                "/api/v1/quizzes/%3Cscript%3E")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(path)
                    .startsWith("application/problem+json");
            assertThat(json(response).get("detail").asString()).isEqualTo("No published quiz has this address.");
            assertThat(response.body()).doesNotContain("insulin", "secret", "script", "Exception");
        }

        HttpResponse<String> retired = get("/api/v1/quizzes/" + RETIRED_QUIZ);
        assertThat(retired.statusCode()).isEqualTo(410);
        assertThat(retired.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json(retired);
        assertThat(problem.get("status").asInt()).isEqualTo(410);
        assertThat(problem.get("title").asString()).isEqualTo("Gone");
        assertThat(problem.get("detail").asString()).contains("quiz", "retired");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/quizzes/%7Bslug%7D");
        assertThat(retired.body()).doesNotContain(RETIRED_QUIZ, "Exception");
    }

    // ---- dictionary --------------------------------------------------------------------------

    @Test
    void termsAreListedAndReadBySlug() {
        JsonNode list = json(get("/api/v1/terms?letter=a&limit=2"));
        assertThat(list.propertyNames()).containsExactly("items", "total", "limit", "next");
        assertThat(list.get("items").get(0).propertyNames())
                .containsExactly("slug", "name", "language", "shortDefinition", "url", "apiUrl");
        assertThat(slugs(list)).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("a"));
        assertThat(list.get("total").asInt()).isGreaterThan(2);
        String next = list.get("next").asString().replace("https://health.example.org", "");
        assertThat(slugs(json(get(next)))).doesNotContainAnyElementsOf(slugs(list));

        HttpResponse<String> term = get("/api/v1/terms/a1c");
        assertThat(term.statusCode()).isEqualTo(200);
        JsonNode t = json(term);
        assertThat(t.propertyNames())
                .containsExactly(
                        "slug",
                        "name",
                        "language",
                        "pronunciation",
                        "synonyms",
                        "shortDefinition",
                        "definitionHtml",
                        "source",
                        "licence",
                        "url",
                        "translations");
        assertThat(t.get("definitionHtml").asString()).startsWith("<");
        assertThat(get("/api/v1/terms/no-such-term").statusCode()).isEqualTo(404);
        assertThat(json(get("/api/v1/terms?language=es")).get("items").findValuesAsString("language"))
                .isNotEmpty()
                .containsOnly("es");
    }

    // ---- stories -----------------------------------------------------------------------------

    @Test
    void questionsAndOnlyPublishedStoriesWithTheirMaskedText() {
        JsonNode questions = json(get("/api/v1/articles/insulin-resistance/questions"));
        assertThat(questions.get("items").findValuesAsString("slug")).contains("diet");
        JsonNode diet = null;
        for (JsonNode q : questions.get("items")) {
            if (q.get("slug").asString().equals("diet")) {
                diet = q;
            }
        }
        assertThat(diet.propertyNames())
                .containsExactly("slug", "title", "prompt", "publishedStories", "url", "storiesUrl");
        assertThat(diet.get("publishedStories").asInt()).isEqualTo(1);

        HttpResponse<String> response =
                get(diet.get("storiesUrl").asString().replace("https://health.example.org", ""));
        JsonNode page = json(response);
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode story = page.get("items").get(0);
        assertThat(story.propertyNames())
                .containsExactly("id", "displayName", "relationship", "ageRange", "text", "helpfulCount");
        assertThat(story.get("displayName").asString()).isEqualTo("Published Pat");
        assertThat(story.get("text").asString()).contains("[phone removed]");
        assertThat(response.body()).doesNotContain("415-555-0123", "Pending Pam", "waiting for a moderator");
        assertThat(get("/api/v1/articles/insulin-resistance/questions/no-such-question/stories")
                        .statusCode())
                .isEqualTo(404);
    }

    private static List<String> slugs(JsonNode body) {
        List<String> slugs = new ArrayList<>();
        body.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        return slugs;
    }

    private static JsonNode item(JsonNode body, String slug) {
        for (JsonNode item : body.get("items")) {
            if (item.get("slug").asString().equals(slug)) {
                return item;
            }
        }
        throw new AssertionError("no item " + slug);
    }
}
