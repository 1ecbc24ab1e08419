package org.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.testsupport.Http.html;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.article.ArticleReader;
import org.salus.audit.AuditLog;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/** The editors' queue: counts per article, the comments, "Mark as handled" (audited), and who may see it. */
@SiteTest
@OwnContext("feedback")
class FeedbackQueueControllerTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    AuditLog audit;

    @Autowired
    ArticleReader articles;

    @Test
    void anEditorSeesTheCountsTheCommentsAndMarksAReportHandled() {
        // the Spanish sample article: the reader tests in this context send feedback on the English one
        long article = articles.published("resistencia-insulina").orElseThrow().articleId();
        FeedbackRepository.Page page = new FeedbackRepository.Page(article, "queue-page", "Queue Page");
        feedback.insertHelpful(page, true, null, "", false, FixedClock.NOW);
        feedback.insertHelpful(page, false, "Too long.", "", false, FixedClock.NOW);
        feedback.insertHelpful(page, false, null, "", false, FixedClock.NOW);
        long report = feedback.insertProblem(
                page, ProblemKind.WRONG_OR_OUTDATED, "The dose changed in 2025.", "", false, FixedClock.NOW);
        people.create("edna", Role.EDITOR);
        Visitor editor = http.visitor();
        editor.signIn("edna", People.PASSWORD);

        Document queue = html(editor.get("/editor/feedback"));
        Element row = queue.select("table.feedback-counts tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().startsWith("Queue Page"))
                .findFirst()
                .orElseThrow();
        assertThat(row.select("td").eachText().subList(0, 4)).containsExactly("1", "2", "1", "1");

        String articlePage = "/editor/feedback/articles/" + article;
        Document comments = html(editor.get(articlePage));
        assertThat(comments.selectFirst("main").text())
                .contains("Too long.")
                .contains("The dose changed in 2025.")
                .contains("Wrong or outdated information");

        HttpResponse<String> handled = editor.submit(articlePage, "/editor/feedback/" + report + "/handled", Map.of());
        assertThat(handled.statusCode()).isEqualTo(302);
        assertThat(feedback.find(report).orElseThrow().handledBy()).isEqualTo("edna");
        assertThat(audit.recent(article, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("feedback.handled");
            assertThat(entry.actor()).isEqualTo("edna");
        });
        assertThat(html(editor.get(articlePage))
                        .selectFirst("#feedback-" + report)
                        .text())
                .contains("Handled by edna");
    }

    @Test
    void readersAndOtherRolesAreRefused() {
        HttpResponse<String> anonymous = http.get("/editor/feedback");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login");

        people.create("wendy", Role.WRITER);
        Visitor writer = http.visitor();
        writer.signIn("wendy", People.PASSWORD);
        assertThat(writer.get("/editor/feedback").statusCode()).isEqualTo(403);
        assertThat(writer.post("/editor/feedback/1/handled", Map.of()).statusCode())
                .isEqualTo(403);
    }
}
