package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ContentType;
import org.salus.article.OptionDraft;
import org.salus.article.QuestionDraft;
import org.salus.article.QuestionKind;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The revision page and the form's preview over real HTTP: what the editor and the medical reviewer
 * look at before approving. For a quiz that is every question with its answer key, explanation and
 * "Read more" link, so the reviewer approves exactly what readers will be told.
 */
@SiteTest
@OwnContext("quiz-review") // saves quiz drafts and staff of its own
class RevisionControllerTests {

    /** A section of a bundled sample article: live, so its link needs no warning. */
    private static final String LIVE = "high-cholesterol-in-children#diagnosis";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    EditorialWorkflow workflow;

    @Test
    void theReviewerSeesEveryQuestionWithItsAnswerKeyExplanationAndLink() {
        UserAccount writer = people.create("quizwriter", Role.WRITER);
        people.create("quizreviewer", Role.REVIEWER);
        long revision = submittedQuiz(writer, "test-your-review-iq");

        Document page = Http.html(ok(signedIn("quizreviewer").get("/editor/revisions/" + revision)));

        assertThat(page.selectFirst("form[action=/editor/revisions/" + revision + "/approve]"))
                .isNotNull();
        Element key = page.selectFirst("#answer-key");
        assertThat(key.selectFirst("h2").text()).isEqualTo("Questions and answer key (2)");
        assertThat(key.select("h3").eachText())
                .containsExactly(
                        "Question 1: Which cholesterol is called \"bad\"?",
                        "Question 2: Which of these raise LDL <cholesterol>?");
        Element first = key.selectFirst("#question-1");
        assertThat(first.selectFirst(".question-kind").text()).isEqualTo("Kind: single choice (one right answer)");
        assertThat(first.select(".options li").eachText())
                .as("the right option is marked in words, not by colour alone")
                .containsExactly("LDL Right answer", "HDL Wrong answer", "Triglycerides Wrong answer");
        assertThat(first.selectFirst(".explanation em").text()).isEqualTo("LDL");
        assertThat(first.select(".explanation script"))
                .as("sanitised as stored")
                .isEmpty();
        assertThat(first.selectFirst(".read-more a").attr("href")).isEqualTo("/topics/" + LIVE);
        assertThat(first.selectFirst(".read-more a").text()).isEqualTo("How it is diagnosed");
        assertThat(first.select(".missing-section"))
                .as("the link leads to a live section")
                .isEmpty();

        Element second = key.selectFirst("#question-2");
        assertThat(second.selectFirst(".question-kind").text())
                .isEqualTo("Kind: multiple choice (one or more right answers)");
        assertThat(second.select(".options li").eachText())
                .containsExactly("Saturated fat Right answer", "Being inactive Right answer", "Walking Wrong answer");
        assertThat(second.selectFirst(".missing-section").text())
                .startsWith("Warning: readers cannot see the section high-cholesterol-in-children#no-such-section now");
    }

    @Test
    void anEditorSeesTheSameAnswerKeyAndAReaderSeesNoRevision() {
        UserAccount writer = people.create("quizwriter2", Role.WRITER);
        people.create("quizeditor", Role.EDITOR);
        people.create("quizmoderator", Role.MODERATOR);
        long revision = submittedQuiz(writer, "test-your-editing-iq");

        Document page = Http.html(ok(signedIn("quizeditor").get("/editor/revisions/" + revision)));
        assertThat(page.select("#answer-key h3")).hasSize(2);
        assertThat(page.select("#answer-key .option.correct .mark").eachText())
                .containsExactly("Right answer", "Right answer", "Right answer");

        HttpResponse<String> anonymous = http.visitor().get("/editor/revisions/" + revision);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> moderator = signedIn("quizmoderator").get("/editor/revisions/" + revision);
        assertThat(moderator.statusCode()).isEqualTo(403);
        assertThat(moderator.body()).doesNotContain("Saturated fat");
    }

    @Test
    void theFormsPreviewShowsTheQuestionsBeforeAnythingIsSaved() {
        people.create("quizpreviewer", Role.WRITER);
        Visitor writer = signedIn("quizpreviewer");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("preview", "1");
        form.put("title", "Test your preview IQ");
        form.put("contentType", "quiz");
        form.put("summary", "Two quick questions to preview a quiz.");
        form.put("sources", "CDC | Cholesterol | https://www.cdc.gov/cholesterol/");
        form.put("body", """
                ## About this quiz {section=overview}

                Two questions.

                ## Which cholesterol is called "bad"? {question=single}

                - [x] LDL
                - [ ] HDL

                Because *LDL* builds up.

                Read more: [How it is diagnosed](high-cholesterol-in-children#diagnosis)
                """);
        form.put("changeNote", "First");
        form.put("changeKind", "clinical");
        form.put("baseRevision", "0");

        Document page = Http.html(ok(writer.submit("/editor/articles/new", "/editor/articles", form)));

        assertThat(page.select(".preview #answer-key h3").eachText())
                .containsExactly("Question 1: Which cholesterol is called \"bad\"?");
        assertThat(page.select(".preview #question-1 .options li").eachText())
                .containsExactly("LDL Right answer", "HDL Wrong answer");
        assertThat(page.selectFirst(".preview #question-1 .explanation em").text())
                .isEqualTo("LDL");
        assertThat(writer.get("/editor/articles/test-your-preview-iq").statusCode())
                .as("nothing saved")
                .isEqualTo(404);
    }

    private long submittedQuiz(UserAccount writer, String slug) {
        Drafts quiz = Drafts.draft("Test your review IQ").overview("Two quick questions.");
        quiz.question(new QuestionDraft(
                QuestionKind.SINGLE,
                "Which cholesterol is called \"bad\"?",
                List.of(
                        new OptionDraft("LDL", true),
                        new OptionDraft("HDL", false),
                        new OptionDraft("Triglycerides", false)),
                "Because *LDL* builds up. <script>alert(1)</script>\n",
                "high-cholesterol-in-children",
                "diagnosis",
                "How it is diagnosed"));
        quiz.question(new QuestionDraft(
                QuestionKind.MULTIPLE,
                "Which of these raise LDL <cholesterol>?",
                List.of(
                        new OptionDraft("Saturated fat", true),
                        new OptionDraft("Being inactive", true),
                        new OptionDraft("Walking", false)),
                "Fat and sitting still raise it.\n",
                "high-cholesterol-in-children",
                "no-such-section",
                "Causes"));
        long revision = workflow.saveDraft(writer, new ArticleIdentity(slug, "en", ContentType.QUIZ), quiz.build(), 0);
        workflow.submit(writer, revision);
        return revision;
    }

    private Visitor signedIn(String username) {
        Visitor visitor = http.visitor();
        assertThat(visitor.signIn(username, People.PASSWORD).statusCode()).isEqualTo(302);
        return visitor;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
