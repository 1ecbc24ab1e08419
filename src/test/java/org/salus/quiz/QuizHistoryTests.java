package org.salus.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.RevisionDraft;
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
 * A quiz's history over real HTTP, as for an article: the quiz page ({@link QuizController}) lists
 * "What changed" in its medical content, and the editor's history page links the live quiz at
 * {@code /quizzes/{slug}}, where readers take it.
 */
@SiteTest
@OwnContext("quiz-review") // shares the context of review.RevisionControllerTests: both save quizzes of their own
class QuizHistoryTests {

    private static final ArticleIdentity QUIZ = new ArticleIdentity("test-your-history-iq", "en", ContentType.QUIZ);

    @Autowired
    Http http;

    @Autowired
    Publisher publisher;

    @Autowired
    People people;

    @Test
    void theQuizPageSaysWhatChangedAndTheEditorsHistoryLinksTheQuizPage() {
        RevisionDraft first = Drafts.draft("Test your history IQ")
                .overview("One quick question.")
                .question("Which cholesterol is called bad?", "high-cholesterol-in-children", "diagnosis", "LDL", "HDL")
                .build();
        publisher.publish(QUIZ, first);
        publisher.publish(
                QUIZ,
                Drafts.revisionOf(first)
                        .withoutSections()
                        .overview("One quick question, now with a better answer.")
                        .note("The answer now says where LDL comes from.", ChangeKind.CLINICAL)
                        .build());

        Document page = Http.html(ok(http.get("/quizzes/test-your-history-iq")));

        assertThat(page.selectFirst(".changes h2").text()).isEqualTo("What changed");
        assertThat(page.select(".changes li").eachText())
                .hasSize(2)
                .anyMatch(line -> line.endsWith(": The answer now says where LDL comes from."))
                .anyMatch(line -> line.startsWith("First published"));

        people.create("historyeditor", Role.EDITOR);
        Visitor editor = http.visitor();
        assertThat(editor.signIn("historyeditor", People.PASSWORD).statusCode()).isEqualTo(302);
        Document history = Http.html(ok(editor.get("/editor/articles/test-your-history-iq")));
        assertThat(history.select("a:contains(View the live page)").eachAttr("href"))
                .containsExactly("/quizzes/test-your-history-iq");
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
