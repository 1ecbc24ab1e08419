package org.salus.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.IndexEntry;
import org.salus.article.Option;
import org.salus.article.PublishedArticle;
import org.salus.article.Question;
import org.salus.article.RelatedArticle;
import org.salus.feed.SchemaOrg;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Quiz} of the quiz pages, read from the HTML served over HTTP and checked
 * against schema.org's types with {@link SchemaOrg}, like the topic pages' {@code MedicalWebPage}.
 */
@SiteTest
class QuizJsonLdTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SITE = "https://health.example.org";
    private static final String CHOLESTEROL = "test-your-cholesterol-iq";

    @Autowired
    Http http;

    @Autowired
    ArticleReader reader;

    @Test
    void everyQuizPageIsAValidSchemaOrgQuiz() {
        List<String> slugs = reader.quizIndex().stream().map(IndexEntry::slug).toList();
        assertThat(slugs).contains(CHOLESTEROL, "test-your-diabetes-iq", "test-your-blood-pressure-iq");

        for (String slug : slugs) {
            JsonNode quiz = jsonLd("/quizzes/" + slug);

            assertThat(SchemaOrg.violations(quiz)).as(slug).isEmpty();
            assertThat(quiz.get("@type").asString()).isEqualTo("Quiz");
            assertThat(quiz.get("url").asString()).isEqualTo(SITE + "/quizzes/" + slug);
            assertThat(quiz.get("hasPart").size())
                    .isEqualTo(reader.published(slug).orElseThrow().questions().size());
        }
    }

    @Test
    void theCholesterolQuizNamesItsQuestionsAnswersTopicsAndReview() {
        PublishedArticle stored = reader.published(CHOLESTEROL).orElseThrow();
        JsonNode quiz = jsonLd("/quizzes/" + CHOLESTEROL);

        assertThat(quiz.get("name").asString()).isEqualTo("Test your cholesterol IQ");
        assertThat(quiz.get("inLanguage").asString()).isEqualTo("en");
        assertThat(quiz.get("dateModified").asString())
                .isEqualTo(stored.publishedAt().toString());
        JsonNode page = quiz.get("mainEntityOfPage");
        assertThat(page.get("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(page.get("lastReviewed").asString()).isEqualTo("2026-11-20");
        assertThat(page.get("reviewedBy").get("name").asString()).isEqualTo("Dr. Samuel Ortiz");
        // about and educationalAlignment: the two related articles, a condition and a FAQ
        assertThat(quiz.get("about").findValuesAsString("url"))
                .containsExactly(SITE + "/topics/high-cholesterol-in-children", SITE + "/topics/cholesterol-faqs");
        assertThat(quiz.get("about").get(0).get("@type").asString()).isEqualTo("MedicalCondition");
        assertThat(quiz.get("about").get(0).get("name").asString()).isEqualTo("High Cholesterol in Children");
        assertThat(quiz.get("about").get(1).get("@type").asString()).isEqualTo("MedicalEntity");
        assertThat(quiz.get("educationalAlignment").findValuesAsString("targetName"))
                .containsExactly("High Cholesterol in Children", "Cholesterol FAQs");
        assertThat(quiz.get("educationalAlignment").findValuesAsString("alignmentType"))
                .containsOnly("educationalSubject");

        JsonNode questions = quiz.get("hasPart");
        assertThat(questions.size()).isEqualTo(10);
        assertThat(questions.findValuesAsString("eduQuestionType"))
                .filteredOn(QuizJsonLd.CHECKBOX::equals)
                .hasSize(2); // the two "multiple" questions; six single-choice, two true/false
        JsonNode first = questions.get(0);
        assertThat(first.get("eduQuestionType").asString()).isEqualTo(QuizJsonLd.MULTIPLE_CHOICE);
        assertThat(first.get("text").asString())
                .isEqualTo("Which kind of cholesterol is often called \"bad\" cholesterol?");
        assertThat(first.get("acceptedAnswer").get("text").asString()).isEqualTo("LDL");
        assertThat(texts(first.get("suggestedAnswer"))).containsExactly("HDL", "Triglycerides");
        JsonNode explanation = first.get("acceptedAnswer").get("answerExplanation");
        assertThat(explanation.get("@type").asString()).isEqualTo("Comment");
        assertThat(explanation.get("text").asString())
                .startsWith("Too much LDL")
                .doesNotContain("<");
        assertThat(explanation.get("citation").get("url").asString())
                .isEqualTo(SITE + "/topics/high-cholesterol-in-children#overview");
        // every question: the right options accepted, the wrong ones suggested, in option order
        for (Question stored1 : stored.questions()) {
            JsonNode question = questions.get(stored1.number() - 1);
            assertThat(question.get("position").asInt()).isEqualTo(stored1.number());
            assertThat(texts(question.get("acceptedAnswer")))
                    .as(stored1.prompt())
                    .containsExactlyElementsOf(texts(stored1, true));
            assertThat(texts(question.get("suggestedAnswer")))
                    .as(stored1.prompt())
                    .containsExactlyElementsOf(texts(stored1, false));
        }
    }

    @Test
    void theResultsPageCarriesNoStructuredData() {
        HttpResponse<String> results = http.send(HttpRequest.newBuilder(URI.create(http.url("/quizzes/" + CHOLESTEROL)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q1=a"))
                .build());

        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(Http.html(results).select("script[type=application/ld+json]"))
                .isEmpty();
    }

    @Test
    void textThatCouldCloseTheScriptElementIsEscaped() {
        PublishedArticle quiz = reader.published(CHOLESTEROL).orElseThrow();
        String prompt = "</script><script>alert(1)</script> & more?";
        Question first = quiz.questions().get(0);
        Question hostile = new Question(
                first.number(),
                first.kind(),
                prompt,
                List.of(new Option("a", "<b>bold</b>", true), new Option("b", "x & y", false)),
                first.explanationMarkdown(),
                first.explanationHtml(),
                first.supportSlug(),
                first.supportAnchor(),
                first.supportText());

        String jsonLd = QuizJsonLd.of(withQuestions(quiz, List.of(hostile)), List.of(), SITE, "Salus");

        assertThat(jsonLd).doesNotContain("<", ">", "&");
        JsonNode parsed = JSON.readTree(jsonLd);
        assertThat(parsed.get("hasPart").get(0).get("text").asString()).isEqualTo(prompt);
        assertThat(parsed.get("hasPart")
                        .get(0)
                        .get("acceptedAnswer")
                        .get("text")
                        .asString())
                .isEqualTo("<b>bold</b>");
        assertThat(SchemaOrg.violations(parsed)).isEmpty();
    }

    @Test
    void aReviewIsSaidOfThePageBecauseAQuizHasNoLastReviewed() {
        // why the review sits under mainEntityOfPage: on the Quiz itself the check refuses it
        JsonNode wrong = JSON.readTree("""
                {"@context": "https://schema.org", "@type": "Quiz", "lastReviewed": "2026-12-05",
                 "hasPart": {"@type": "Question", "acceptedAnswer": "LDL"}}""");

        List<String> problems = SchemaOrg.violations(wrong);

        assertThat(problems).hasSize(2).contains("$.lastReviewed: not a property of Quiz or its supertypes");
        assertThat(problems).anyMatch(p -> p.startsWith("$.hasPart.acceptedAnswer: a plain value where schema.org"));
    }

    private JsonNode jsonLd(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Document page = Http.html(response);
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).as(path).hasSize(1);
        return JSON.readTree(scripts.get(0).data());
    }

    /** The {@code text} of one answer or of a list of answers, in order. */
    private static List<String> texts(JsonNode answers) {
        List<String> texts = new ArrayList<>();
        if (answers == null) {
            return texts;
        }
        for (JsonNode answer : answers.isArray() ? answers.values() : List.of(answers)) {
            texts.add(answer.get("text").asString());
        }
        return texts;
    }

    private static List<String> texts(Question question, boolean correct) {
        return question.options().stream()
                .filter(o -> o.correct() == correct)
                .map(Option::text)
                .toList();
    }

    private static PublishedArticle withQuestions(PublishedArticle a, List<Question> questions) {
        return new PublishedArticle(
                a.articleId(),
                a.slug(),
                a.language(),
                a.contentType(),
                a.revisionId(),
                a.title(),
                a.summary(),
                a.alsoCalled(),
                a.codes(),
                a.sections(),
                a.sources(),
                List.<RelatedArticle>of(),
                a.review(),
                a.syndication(),
                a.publishedAt(),
                a.version(),
                a.changes(),
                questions,
                null);
    }
}
