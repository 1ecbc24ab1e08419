package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's form: bad input comes back with messages beside the fields and nothing lost. */
@SpringBootTest
@OwnContext("editor-form")
@AutoConfigureMockMvc
@Import({People.class, FixedClock.class})
class EditorControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    org.salus.article.StoredRevisions articles;

    @Test
    void theDashboardListsArticlesWhoseReviewIsOverdue() throws Exception {
        people.create("deskeditor", Role.EDITOR);

        Document page =
                Jsoup.parse(mvc.perform(get("/editor").with(user("deskeditor").roles("EDITOR")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page.select("#overdue li").eachText()).containsExactly("Acanthosis Nigricans · due May 10, 2026");
        assertThat(page.select("#due-soon .empty")).hasSize(1);
    }

    @Test
    void aRetiredArticleIsGoneForReaders() throws Exception {
        var editor = people.create("retirer", Role.EDITOR);

        workflow.retire(editor, "cholesterol-faqs", "Split into two articles");

        MockHttpServletResponse response =
                mvc.perform(get("/topics/cholesterol-faqs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("h1").text())
                .isEqualTo("This article has been retired");
        assertThat(articles.revisionsOf(
                        articles.findBySlug("cholesterol-faqs").orElseThrow().id()))
                .isNotEmpty();
    }

    @Test
    void aRetiredArticlesDeskSaysRetiredAndOffersNoLiveActions() throws Exception {
        var editor = people.create("deskretirer", Role.EDITOR, Role.REVIEWER);
        workflow.retire(editor, "polycystic-ovary-syndrome", "Replaced by a new article");

        Document desk = page("/editor/articles/polycystic-ovary-syndrome", "deskretirer", "EDITOR", "REVIEWER");
        assertThat(desk.selectFirst("#retired-notice")).isNotNull();
        assertThat(desk.select("td strong").eachText()).containsExactly("Retired");
        assertThat(desk.select("a[href=/topics/polycystic-ovary-syndrome]")).isEmpty();
        assertThat(desk.select("form[action$=/retire], form[action$=/confirm-review]"))
                .isEmpty();

        Document dashboard = page("/editor", "deskretirer", "EDITOR", "REVIEWER");
        assertThat(dashboard.select("#recently-published a").eachText()).doesNotContain("Polycystic Ovary Syndrome");
        assertThat(dashboard.select("#retired li").eachText())
                .anyMatch(line -> line.startsWith("Polycystic Ovary Syndrome · retired"));
    }

    @Test
    void anArticleWithNothingAuditedSaysSoUnderItsAuditHeading() throws Exception {
        people.create("deskreader", Role.EDITOR);

        Document desk = page("/editor/articles/acanthosis-nigricans", "deskreader", "EDITOR");

        assertThat(desk.select("#audit + p.empty").text()).startsWith("No editorial step has been recorded");
        assertThat(desk.select("ul.audit")).isEmpty();
    }

    @Test
    void aReviewerIsNotOfferedTheReviewOfTextTheyWrote() throws Exception {
        var both = people.create("writerreviewer", Role.WRITER, Role.REVIEWER);
        var other = people.create("otherreviewer", Role.REVIEWER);
        var editor = people.create("foureyeseditor", Role.EDITOR);
        var article = articles.findBySlug("high-blood-pressure").orElseThrow();
        var old = articles.loadDraft(article.publishedRevisionId()).orElseThrow();
        long revision = workflow.saveDraft(
                both,
                new ArticleIdentity("high-blood-pressure", "en", article.contentType()),
                new org.salus.article.RevisionDraft(
                        old.title(),
                        old.summary() + " Updated.",
                        old.alsoCalled(),
                        old.codes(),
                        old.sources(),
                        old.relatedSlugs(),
                        old.sections(),
                        "Writerreviewer",
                        "Summary",
                        old.changeKind(),
                        old.questions()),
                articles.revisionsOf(article.id()).get(0).number());
        workflow.submit(both, revision);

        Document own = page("/editor/revisions/" + revision, "writerreviewer", "WRITER", "REVIEWER");
        assertThat(own.selectFirst("#wrote-text")).isNotNull();
        assertThat(own.select("form[action$=/approve], form[action$=/request-changes]"))
                .isEmpty();
        assertThat(page("/editor", "writerreviewer", "WRITER", "REVIEWER")
                        .select("#awaiting-review a[href=/editor/revisions/" + revision + "]"))
                .isEmpty();
        Document others = page("/editor/revisions/" + revision, "otherreviewer", "REVIEWER");
        assertThat(others.select("form[action$=/approve]")).hasSize(1);

        workflow.approve(other, revision, null);
        workflow.publish(editor, revision, null, "Sample text");
        Document desk = page("/editor/articles/high-blood-pressure", "writerreviewer", "WRITER", "REVIEWER");
        assertThat(desk.selectFirst("#wrote-live-text")).isNotNull();
        assertThat(desk.select("form[action$=/confirm-review]")).isEmpty();
        assertThat(page("/editor/articles/high-blood-pressure", "otherreviewer", "REVIEWER")
                        .select("form[action$=/confirm-review]"))
                .hasSize(1);
        String refused = mvc.perform(post("/editor/articles/high-blood-pressure/confirm-review")
                        .with(csrf())
                        .with(user("writerreviewer").roles("WRITER", "REVIEWER")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(refused).isEqualTo("/editor/articles/high-blood-pressure?problem=selfConfirm");
        assertThat(page(refused, "writerreviewer", "WRITER", "REVIEWER")
                        .selectFirst("[role=alert]")
                        .text())
                .isEqualTo(
                        "You wrote part of the live text since its last review, so another medical reviewer must confirm it.");

        Document newReviewer = Jsoup.parse(mvc.perform(get("/reviewers/dr-otherreviewer"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(newReviewer.select("ul.reviewed a").eachText()).containsExactly("High Blood Pressure");
        Document oldReviewer = Jsoup.parse(mvc.perform(get("/reviewers/dr-priya-raman"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(oldReviewer.select("ul.reviewed a").eachText()).doesNotContain("High Blood Pressure");
        assertThat(oldReviewer.select("ul.previously-reviewed a").eachText()).containsExactly("High Blood Pressure");
    }

    private Document page(String path, String username, String... roles) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(username).roles(roles)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theDiffShowsWhatChangedSectionBySection() throws Exception {
        var writer = people.create("differ", Role.WRITER);
        var article = articles.findBySlug("obesity").orElseThrow();
        var old = articles.loadDraft(article.publishedRevisionId()).orElseThrow();
        var sections = new java.util.ArrayList<>(old.sections());
        var first = sections.get(0);
        sections.set(
                0,
                new org.salus.article.SectionDraft(
                        first.type(), first.heading(), first.markdown() + "\nOne new sentence.\n"));
        long revision = workflow.saveDraft(
                writer,
                new ArticleIdentity("obesity", "en", article.contentType()),
                new org.salus.article.RevisionDraft(
                        old.title(),
                        old.summary(),
                        old.alsoCalled(),
                        old.codes(),
                        old.sources(),
                        old.relatedSlugs(),
                        sections,
                        "Differ",
                        "Add a sentence",
                        org.salus.article.ChangeKind.EDITORIAL,
                        old.questions()),
                1);

        Document page = Jsoup.parse(mvc.perform(get("/editor/articles/obesity/diff")
                        .param("from", String.valueOf(article.publishedRevisionId()))
                        .param("to", String.valueOf(revision))
                        .with(user("differ").roles("WRITER")))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("section.diff-changed ins").eachText()).containsExactly("+", "+ One new sentence.");
        assertThat(page.select("section.diff-unchanged")).hasSize(sections.size() - 1);
    }

    @Test
    void invalidFieldsAreMarkedAndWhatWasTypedIsKept() throws Exception {
        people.create("formwriter", Role.WRITER);

        MockHttpServletResponse response = mvc.perform(post("/editor/articles")
                        .with(csrf())
                        .with(user("formwriter").roles("WRITER"))
                        .param("title", "Gestational <b>Diabetes</b>")
                        .param("contentType", "condition")
                        .param("summary", "too short")
                        .param("sources", "")
                        .param("body", "Some text with no heading")
                        .param("changeNote", "First")
                        .param("changeKind", "clinical")
                        .param("baseRevision", "0"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("#f-summary-error").text()).isEqualTo("Write a summary of 20 to 1,000 characters.");
        assertThat(page.selectFirst("#f-summary").attr("aria-describedby")).isEqualTo("f-summary-error");
        assertThat(page.selectFirst("#f-sources-error")).isNotNull();
        assertThat(page.selectFirst("#f-body-error").text()).contains("text before the first section heading");
        assertThat(page.selectFirst("#f-title").val()).isEqualTo("Gestational <b>Diabetes</b>");
        assertThat(page.selectFirst("#f-body").text()).isEqualTo("Some text with no heading");
        assertThat(response.getContentAsString()).doesNotContain("<b>Diabetes</b>");
    }

    @Test
    void previewRendersTheDraftLikeTheReaderPageWithoutSavingIt() throws Exception {
        people.create("previewer", Role.WRITER);

        MockHttpServletResponse response = mvc.perform(post("/editor/articles")
                        .with(csrf())
                        .with(user("previewer").roles("WRITER"))
                        .param("preview", "1")
                        .param("title", "Preview Topic")
                        .param("contentType", "condition")
                        .param("summary", "A summary long enough to pass validation.")
                        .param("sources", "CDC | Page | https://www.cdc.gov/")
                        .param("body", "## Overview {section=overview}\n\nHello <script>alert(1)</script> reader.\n")
                        .param("changeNote", "First")
                        .param("changeKind", "clinical")
                        .param("baseRevision", "0"))
                .andReturn()
                .getResponse();

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page.selectFirst(".preview article.topic h1").text()).isEqualTo("Preview Topic");
        assertThat(page.selectFirst(".preview #overview").html()).doesNotContain("<script");
        assertThat(page.selectFirst(".readability").text())
                .contains("Flesch–Kincaid grade")
                .contains("SMOG index");
        assertThat(mvc.perform(get("/topics/preview-topic"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/editor/articles/preview-topic")
                                .with(user("previewer").roles("WRITER")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
