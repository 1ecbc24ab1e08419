package org.salus.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.ArticleWriter;
import org.salus.article.ContentType;
import org.salus.article.OptionDraft;
import org.salus.article.QuestionDraft;
import org.salus.article.QuestionKind;
import org.salus.article.StoredRevisions;
import org.salus.review.ArticleIdentity;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The quiz pages over real HTTP, with plain form posts as a browser without JavaScript sends them. */
@SiteTest
@OwnContext("quizzes") // publishes quizzes, which add a panel to the insulin resistance page
class QuizControllerTests {

    private static final String QUIZ = "/quizzes/test-your-insulin-iq";

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    ArticleReader reader;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoredRevisions articles;

    @BeforeEach
    void publishQuizzes() {
        if (reader.published("test-your-insulin-iq").isEmpty()) {
            publisher.publish(new ArticleIdentity("test-your-insulin-iq", "en", ContentType.QUIZ), quiz("insulin"));
        }
        if (articles.findBySlug("test-your-old-iq").isEmpty()) {
            publisher.publish(new ArticleIdentity("test-your-old-iq", "en", ContentType.QUIZ), quiz("old"));
            writer.retire(articles.findBySlug("test-your-old-iq").orElseThrow(), "Replaced");
        }
    }

    @Test
    void theIndexListsThePublishedQuizzes() {
        Document page = Http.html(ok(http.get("/quizzes")));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Quizzes");
        assertThat(page.select(".quiz-list a").eachAttr("href"))
                .contains(QUIZ, "/quizzes/test-your-cholesterol-iq") // this test's and a bundled sample's
                .doesNotContain("/quizzes/test-your-old-iq"); // retired
        assertThat(page.select(".quiz-list a").eachText()).contains("Test your insulin IQ", "Test your cholesterol IQ");
    }

    @Test
    void theQuizIsOneFormWithAFieldsetPerQuestionThatNeedsNoScript() {
        HttpResponse<String> response = ok(http.get(QUIZ));
        Document page = Http.html(response);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Test your insulin IQ");
        assertThat(page.selectFirst(".review-line").text()).contains("Medically reviewed by");
        assertThat(page.selectFirst("#overview").text()).contains("Try three short questions.");
        assertThat(page.select(".sources .source").eachText())
                .as("a quiz says where its facts come from, like an article")
                .containsExactly("SOURCE: NIDDK. Insulin resistance.");
        List<Element> forms = page.select("form.quiz-form");
        assertThat(forms).hasSize(1);
        assertThat(forms.get(0).attr("method")).isEqualTo("post");
        assertThat(forms.get(0).attr("action")).isEqualTo(QUIZ);
        assertThat(page.select("form.quiz-form fieldset legend").eachText())
                .containsExactly(
                        "Question 1 of 3: What does insulin do?",
                        "Question 2 of 3: Which can help?",
                        "Question 3 of 3: Being active can help.");
        assertThat(page.select("input[name=q1]").eachAttr("type")).containsOnly("radio");
        assertThat(page.select("input[name=q1]").eachAttr("value")).containsExactly("a", "b");
        assertThat(page.select("input[name=q2]").eachAttr("type")).containsOnly("checkbox");
        assertThat(page.select("input[name=q3]").eachAttr("type")).containsOnly("radio");
        for (Element input : page.select("form.quiz-form input[type=radio], form.quiz-form input[type=checkbox]")) {
            assertThat(page.select("label[for=" + input.id() + "]")).hasSize(1);
        }
        assertThat(forms.get(0).select("button[type=submit]")).hasSize(1);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void forJavaScriptTheAnswersWaitInInertTemplatesOutsideTheForm() {
        Document page = Http.html(ok(http.get(QUIZ)));

        Element form = page.selectFirst("form.quiz-form");
        // without JavaScript nothing of the answers is in the form or shown: only <template>s hold them
        assertThat(form.select("[data-correct], template, .explanation, .read-more"))
                .isEmpty();
        assertThat(page.select(".explanation, .read-more, [data-correct]"))
                .allSatisfy(e -> assertThat(e.closest("template")).isNotNull());
        assertThat(page.select("template.quiz-answer").eachAttr("id"))
                .containsExactly("q1-answer", "q2-answer", "q3-answer");
        assertThat(page.select("template.quiz-answer").eachAttr("data-correct")).containsExactly("a", "a b", "a");
        Element first = page.selectFirst("template#q1-answer");
        assertThat(first.selectFirst(".explanation").text()).isEqualTo("Because Moves sugar into cells.");
        assertThat(first.selectFirst(".read-more a").attr("href")).isEqualTo("/topics/insulin-resistance#overview");

        // the script's words come from the page, its buttons from a template; the script is a file
        Element controls = page.selectFirst("template#quiz-controls");
        assertThat(controls.attr("data-right")).isEqualTo("Right.");
        assertThat(controls.attr("data-wrong")).isEqualTo("Not quite.");
        assertThat(controls.attr("data-finish")).isEqualTo("See my score");
        assertThat(controls.select("button[type=button]").eachText()).containsExactly("Check answer", "Next question");
        Element script = page.selectFirst("script[src*=/js/quiz]");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(page.select("script:not([src])").eachAttr("type")).allMatch("application/ld+json"::equals);
        HttpResponse<String> js = ok(http.get(script.attr("src")));
        assertThat(js.headers().firstValue("Content-Type")).get().asString().contains("javascript");
        assertThat(js.body())
                .contains("quiz-controls")
                .doesNotContain("Check answer", "Next question", "Not quite", "See my score", "Choose an answer");
    }

    @Test
    void answersAreScoredOnTheResultsPage() {
        HttpResponse<String> response = ok(post(QUIZ, "q1=a&q2=a&q2=b&q3=a"));
        Document page = Http.html(response);

        assertThat(page.selectFirst("#score").text()).isEqualTo("You got 3 of 3 right.");
        assertThat(page.select(".answer .outcome").eachText()).containsOnly("Right:");
        Element first = page.selectFirst("li#q1");
        assertThat(first.selectFirst(".option.chosen").text())
                .isEqualTo("Moves sugar into cells (your answer) (right answer)");
        assertThat(first.selectFirst(".explanation").text()).isEqualTo("Because Moves sugar into cells.");
        assertThat(first.selectFirst(".read-more a").attr("href")).isEqualTo("/topics/insulin-resistance#overview");
        assertThat(page.select(".sources .source a").eachAttr("href")).containsExactly("https://www.niddk.nih.gov/");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void partialAndWrongAnswersAreShownAndUnansweredOnesMarked() {
        Document page = Http.html(ok(post(QUIZ, "q2=a&q3=b")));

        assertThat(page.selectFirst("#score").text()).isEqualTo("You got 0 of 3 right.");
        assertThat(page.select(".answer .outcome").eachText()).containsExactly("Not answered:", "Wrong:", "Wrong:");
        assertThat(page.selectFirst("li#q1 .no-answer").text()).isEqualTo("You did not answer this question.");
        assertThat(page.select("li#q2 .option.chosen").eachText())
                .containsExactly("Sleep well (your answer) (right answer)");
        assertThat(page.select("li#q2 .option.correct").eachText())
                .containsExactly("Sleep well (your answer) (right answer)", "Walk more (right answer)");
    }

    @Test
    void aTamperedFormGetsTheResultsPageWithNothingEchoed() {
        HttpResponse<String> response =
                ok(post(QUIZ, "q1=" + encode("<script>alert(1)</script>") + "&q1=a&q1=b&q99=a&foo=bar&q2=zz"));

        assertThat(response.body()).doesNotContain("<script>alert(1)");
        assertThat(Http.html(response).select(".answer .outcome").eachText())
                .containsExactly("Not answered:", "Not answered:", "Not answered:");
    }

    @Test
    void tenThousandFieldsGetTheResultsPageNotAServerError() {
        StringBuilder form = new StringBuilder("q1=a");
        for (int i = 0; i < 10_000; i++) {
            form.append("&f").append(i).append("=x");
        }
        HttpResponse<String> response = post(QUIZ, form.toString());

        assertThat(Http.html(ok(response)).selectFirst("#score").text()).isEqualTo("You got 1 of 3 right.");
    }

    @Test
    void answersToWhatIsNoLiveQuizAreRefused() {
        assertThat(post("/quizzes/insulin-resistance", "q1=a").statusCode()).isEqualTo(404);
        assertThat(post("/quizzes/no-such-quiz", "q1=a").statusCode()).isEqualTo(404);
        assertThat(post("/quizzes/test-your-old-iq", "q1=a").statusCode()).isEqualTo(410);
        assertThat(http.get("/quizzes/test-your-old-iq").statusCode()).isEqualTo(410);
        assertThat(http.get("/quizzes/insulin-resistance").statusCode()).isEqualTo(404);
    }

    @Test
    void quizzesAreNotListedAsHealthTopics() {
        // A–Z, the API's article list and the sitemap's topic files list topics; a quiz has its own pages
        assertThat(Http.html(ok(http.get("/topics?letter=T")))
                        .select(".az-list a")
                        .eachAttr("href"))
                .noneMatch(href -> href.contains("test-your-"));
        assertThat(ok(http.get("/api/v1/articles?limit=100")).body())
                .contains("insulin-resistance")
                .doesNotContain("test-your-");
        assertThat(ok(http.get("/feed.atom")).body()) // the feed lists quizzes, at their quiz page
                .contains("/topics/insulin-resistance")
                .contains("/quizzes/test-your-insulin-iq")
                .doesNotContain("/topics/test-your-");
        assertThat(ok(http.get("/sitemaps/topics-1.xml")).body())
                .contains("insulin-resistance")
                .doesNotContain("test-your-");
    }

    @Test
    void theTopicAddressOfAQuizMovesToItsQuizPage() {
        HttpResponse<String> response = http.get("/topics/test-your-insulin-iq");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(QUIZ);
    }

    @Test
    void theTopicPagesAQuizIsRelatedToTeaseIt() {
        Document page = Http.html(ok(http.get("/topics/insulin-resistance")));

        Element panel = page.selectFirst("section#quiz");
        assertThat(panel).isNotNull();
        assertThat(panel.selectFirst("h2").text()).isEqualTo("Quiz");
        // this test's quiz and the bundled diabetes quiz both name insulin-resistance in `related`
        assertThat(panel.select("a").eachAttr("href"))
                .containsExactlyInAnyOrder(QUIZ, "/quizzes/test-your-diabetes-iq");
        assertThat(panel.select("a").eachText()).contains("Test your insulin IQ");
        assertThat(Http.html(ok(http.get("/topics/high-cholesterol-in-children")))
                        .select("section#quiz a")
                        .eachText())
                .containsExactly("Test your cholesterol IQ");
        assertThat(Http.html(ok(http.get("/topics/obesity"))).select("section#quiz"))
                .isEmpty(); // no quiz names it
    }

    private static org.salus.article.RevisionDraft quiz(String topic) {
        return Drafts.draft("Test your " + topic + " IQ")
                .summary("Three questions about insulin.")
                .source("NIDDK", "Insulin resistance", "https://www.niddk.nih.gov/")
                .related(List.of("insulin-resistance"))
                .overview("Try three short questions.")
                .question(
                        "What does insulin do?",
                        "insulin-resistance",
                        "overview",
                        "Moves sugar into cells",
                        "Makes bones")
                .question(new QuestionDraft(
                        QuestionKind.MULTIPLE,
                        "Which can help?",
                        List.of(
                                new OptionDraft("Sleep well", true),
                                new OptionDraft("Walk more", true),
                                new OptionDraft("Skip meals", false)),
                        "Both help your body use insulin.\n",
                        "insulin-resistance",
                        "treatment",
                        "How is it treated?"))
                .question(new QuestionDraft(
                        QuestionKind.TRUE_FALSE,
                        "Being active can help.",
                        List.of(new OptionDraft("True", true), new OptionDraft("False", false)),
                        "Yes. Moving helps.\n",
                        "insulin-resistance",
                        "causes",
                        "What causes it?"))
                .build();
    }

    private HttpResponse<String> post(String path, String form) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
