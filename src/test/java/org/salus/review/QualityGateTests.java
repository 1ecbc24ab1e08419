package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ContentType;
import org.salus.article.PublishedArticles;
import org.salus.article.SectionType;
import org.salus.article.StoredRevisions;
import org.salus.audit.AuditLog;
import org.salus.quality.QualityOverrides;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The quality panel on the revision page and the form's preview, and the limit at publishing, over
 * real HTTP: below {@code salus.quality.min-score} an editor must give a reason, which is stored and audited.
 */
@SiteTest
@TestPropertySource(properties = "salus.quality.min-score=70")
class QualityGateTests {

    /** Hand-scored in QualityCheckerTests: 46 out of 100, active voice failed. */
    private static final String PASSIVE = "The flu vaccine is given every autumn. It is offered to older people. "
            + "The vaccine was tested in large studies. It is made from inactivated virus.";

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    StoredRevisions articles;

    @Autowired
    PublishedArticles published;

    @Autowired
    QualityOverrides overrides;

    @Autowired
    AuditLog audit;

    @Test
    void theRevisionPageShowsEachItemWithItsResultInWordsPerSectionAndForPeople() {
        UserAccount writer = people.create("qpanelwriter", Role.WRITER);
        people.create("qpaneleditor", Role.EDITOR);
        long revision = saved(writer, "flu-vaccine-panel", PASSIVE);

        Document page = Http.html(ok(signedIn("qpaneleditor").get("/editor/revisions/" + revision)));

        Element panel = page.selectFirst("section#quality");
        assertThat(panel.selectFirst("h2").text())
                .isEqualTo("Quality checks (PEMAT and CDC Clear Communication Index)");
        assertThat(panel.selectFirst(".quality-score").text())
                .startsWith("Quality score: 46 out of 100 (6 passed, 7 failed;")
                .contains("Below the limit of 70: publishing needs a recorded reason.");
        Element active = panel.selectFirst("tr[data-item=ACTIVE_VOICE]");
        assertThat(active.select("th, td").eachText())
                .as("the result in words and a symbol, not colour alone")
                .containsExactly("Active voice", "PEMAT 5; CCI 6", "✗ Failed", "Failed in: How the vaccine is given");
        assertThat(panel.selectFirst("tr[data-item=SUMMARY] td:nth-child(3)").text())
                .isEqualTo("✓ Passed");
        assertThat(panel.selectFirst("tr[data-section=How the vaccine is given]")
                        .text())
                .contains("4 of 5 checks passed")
                .contains(
                        "Active voice: 4 of 4 sentences are passive, for example: \"The flu vaccine is given every autumn.\"");
        assertThat(panel.select(".quality-people li"))
                .hasSize(9)
                .first()
                .extracting(Element::text)
                .isEqualTo("Nothing distracts from the purpose (PEMAT 2)");
        assertThat(page.selectFirst("#readability"))
                .as("beside the reading grade, which stays")
                .isNull();
        assertThat(page.selectFirst("section.readability")).isNotNull();

        HttpResponse<String> anonymous = http.visitor().get("/editor/revisions/" + revision);
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    void theFormsPreviewShowsThePanelBeforeAnythingIsSaved() {
        people.create("qpreviewer", Role.WRITER);
        Visitor writer = signedIn("qpreviewer");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("preview", "1");
        form.put("title", "Flu vaccine preview");
        form.put("contentType", "condition");
        form.put("summary", "The flu vaccine protects you.");
        form.put("sources", "CDC | Flu | https://www.cdc.gov/flu/");
        form.put("body", "## How the vaccine is given {section=overview}\n\n" + PASSIVE + "\n");
        form.put("changeNote", "First");
        form.put("changeKind", "clinical");
        form.put("baseRevision", "0");

        Document page = Http.html(ok(writer.submit("/editor/articles/new", "/editor/articles", form)));

        assertThat(page.selectFirst("section#quality .quality-score").text())
                .startsWith("Quality score: 46 out of 100");
        assertThat(page.select("section#quality tr[data-item=ACTIVE_VOICE] td").eachText())
                .contains("✗ Failed");
        assertThat(writer.get("/editor/articles/flu-vaccine-preview").statusCode())
                .as("nothing saved")
                .isEqualTo(404);
    }

    @Test
    void publishingBelowTheLimitIsRefusedWithoutAReasonAndRecordedWithOne() {
        UserAccount writer = people.create("qgatewriter", Role.WRITER);
        people.create("qgatereviewer", Role.REVIEWER);
        people.create("qgateeditor", Role.EDITOR);
        long revision = approved(writer, "flu-vaccine-gate", PASSIVE);
        Visitor editor = signedIn("qgateeditor");
        String page = "/editor/revisions/" + revision;

        assertThat(Http.html(ok(editor.get(page)))
                        .selectFirst("label[for=qualityReason]")
                        .text())
                .isEqualTo("The quality score (46) is below the limit of 70: reason for publishing anyway (recorded)");
        HttpResponse<String> refused = editor.submit(page, page + "/publish", Map.of("qualityReason", "  "));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(page + "?problem=qualityOverride");
        assertThat(Http.html(ok(editor.get(page + "?problem=qualityOverride")))
                        .selectFirst("[role=alert]")
                        .text())
                .isEqualTo("This revision’s quality score is below the limit. Give a reason to publish it anyway.");
        assertThat(published.findPublished("flu-vaccine-gate")).isEmpty();
        assertThat(overrides.of(revision)).isEmpty();

        HttpResponse<String> accepted = editor.submit(
                page, page + "/publish", Map.of("qualityReason", "Urgent seasonal notice; rewrite follows"));
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(published.findPublished("flu-vaccine-gate")).isPresent();
        assertThat(overrides.of(revision)).singleElement().satisfies(o -> {
            assertThat(o.score()).isEqualTo(46);
            assertThat(o.minScore()).isEqualTo(70);
            assertThat(o.reason()).isEqualTo("Urgent seasonal notice; rewrite follows");
            assertThat(o.recordedBy()).isEqualTo("qgateeditor");
        });
        ArticleRow article = articles.findBySlug("flu-vaccine-gate").orElseThrow();
        assertThat(audit.recent(article.id(), 1).get(0).detail())
                .isEqualTo("quality score 46 below 70: Urgent seasonal notice; rewrite follows");
    }

    @Test
    void aRevisionAtOrAboveTheLimitPublishesWithoutAReason() {
        UserAccount writer = people.create("qgoodwriter", Role.WRITER);
        people.create("qgoodreviewer", Role.REVIEWER);
        UserAccount editor = people.create("qgoodeditor", Role.EDITOR);
        long revision = approved(
                writer,
                "fever-good",
                "A fever is a high body temperature. Call your doctor if your baby has a fever, because babies "
                        + "can get ill fast.\n\n- Give plenty of drinks.\n- Keep your child cool.");

        workflow.publish(editor, revision, null, null);

        assertThat(published.findPublished("fever-good")).isPresent();
        assertThat(overrides.of(revision)).isEmpty();
    }

    private long saved(UserAccount writer, String slug, String text) {
        Drafts draft = Drafts.draft(slug.startsWith("fever") ? "Fever" : "Flu vaccine")
                .summary(slug.startsWith("fever") ? "What to do about a fever." : "The flu vaccine protects you.")
                .section(
                        SectionType.OVERVIEW,
                        slug.startsWith("fever") ? "What a fever is" : "How the vaccine is given",
                        text);
        return workflow.saveDraft(writer, new ArticleIdentity(slug, "en", ContentType.CONDITION), draft.build(), 0);
    }

    private long approved(UserAccount writer, String slug, String text) {
        long revision = saved(writer, slug, text);
        workflow.submit(writer, revision);
        UserAccount reviewer = people.create(writer.username().replace("writer", "rev2"), Role.REVIEWER);
        workflow.approve(reviewer, revision, null);
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
