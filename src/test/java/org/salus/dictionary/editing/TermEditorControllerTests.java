package org.salus.dictionary.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.dictionary.TermDraft;
import org.salus.review.WorkflowState;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The dictionary editor's pages: bad input is answered beside the field and nothing typed is lost. */
@SpringBootTest
@OwnContext("term-editor")
@AutoConfigureMockMvc
@Import({People.class, FixedClock.class})
class TermEditorControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    TermRevisionRepository revisions;

    @Test
    void aFormWithMistakesComesBackWithMessagesAndTheTextTyped() throws Exception {
        people.create("formwriter", Role.WRITER);

        MockHttpServletResponse response = mvc.perform(post("/editor/dictionary/terms")
                        .with(csrf())
                        .with(user("formwriter").roles("WRITER"))
                        .param("name", "ketones")
                        .param("language", "en")
                        .param("definition", "")
                        .param("relatedTerms", "no-such-term")
                        .param("source", "Salus Health")
                        .param("changeNote", "New")
                        .param("synonyms", "ketone bodies")
                        .param("baseRevision", "0"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#f-definition-error").text()).isEqualTo("Write a definition, up to 10,000 characters.");
        assertThat(page.select("#f-relatedTerms-error").text()).startsWith("Each related term must be another term");
        assertThat(page.select("#f-synonyms").text()).isEqualTo("ketone bodies");
        assertThat(page.select("#f-name").attr("value")).isEqualTo("ketones");
        assertThat(revisions.revisionsOf("ketones")).isEmpty();
    }

    @Test
    void anEditIsSavedAsADraftAndItsRevisionPageShowsTheChangeAndASafePreview() throws Exception {
        people.create("editwriter", Role.WRITER);

        MockHttpServletResponse saved = mvc.perform(post("/editor/dictionary/terms/dietitian/edit")
                        .with(csrf())
                        .with(user("editwriter").roles("WRITER"))
                        .param("name", "dietitian")
                        .param("language", "en")
                        .param("definition", "A dietitian is a food and nutrition expert.<script>alert(1)</script>")
                        .param("linkable", "on")
                        .param("source", "Salus Health")
                        .param("changeNote", "Shorter")
                        .param("baseRevision", "0"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        assertThat(location).matches("/editor/dictionary/revisions/\\d+");

        Document page =
                Jsoup.parse(mvc.perform(get(location).with(user("editwriter").roles("WRITER")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.select(".state strong").text()).isEqualTo("Draft");
        assertThat(page.select("pre.diff-lines ins").eachText())
                .anyMatch(line -> line.startsWith("+ A dietitian is a food and nutrition expert."));
        assertThat(page.select(".preview script")).isEmpty();
        assertThat(page.select(".preview p").first().text()).isEqualTo("A dietitian is a food and nutrition expert.");
        assertThat(page.select("form[action$=/submit]")).hasSize(1);
        assertThat(page.select("form[action$=/approve]")).isEmpty(); // a writer is not a reviewer
    }

    @Test
    void aSecondEditFromAnOlderRevisionIsRefusedWithAConflict() throws Exception {
        people.create("conflicted", Role.WRITER);
        for (int attempt = 0; attempt < 2; attempt++) {
            MockHttpServletResponse response = mvc.perform(post("/editor/dictionary/terms/skin-tag/edit")
                            .with(csrf())
                            .with(user("conflicted").roles("WRITER"))
                            .param("name", "skin tag")
                            .param("language", "en")
                            .param("definition", "Attempt " + attempt)
                            .param("source", "Salus Health")
                            .param("changeNote", "Edit")
                            .param("baseRevision", "0"))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(attempt == 0 ? 302 : 409);
            if (attempt == 1) {
                assertThat(Jsoup.parse(response.getContentAsString())
                                .select("[role=alert]")
                                .text())
                        .startsWith("Someone saved a newer revision of this term");
            }
        }
    }

    @Test
    void theDeskOpensATermByItsNameAndSaysWhenThereIsNone() throws Exception {
        people.create("deskwriter", Role.WRITER);

        assertThat(mvc.perform(get("/editor/dictionary")
                                .param("term", "Metabolic Syndrome")
                                .with(user("deskwriter").roles("WRITER")))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/editor/dictionary/terms/metabolic-syndrome");
        Document none = Jsoup.parse(mvc.perform(get("/editor/dictionary")
                        .param("term", "zzz unknown")
                        .with(user("deskwriter").roles("WRITER")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(none.select("[role=status]").text()).startsWith("No term has that name");
    }

    @Test
    void aSpanishTermNamesTheEnglishTermItTranslatesAndATypoIsCaught() throws Exception {
        people.create("traductora", Role.WRITER);
        MockHttpServletResponse typo = mvc.perform(post("/editor/dictionary/terms")
                        .with(csrf())
                        .with(user("traductora").roles("WRITER"))
                        .param("name", "cetonas")
                        .param("language", "es")
                        .param("definition", "Las cetonas son ácidos.")
                        .param("translationOf", "ketonez")
                        .param("source", "Salus Health")
                        .param("changeNote", "Nuevo")
                        .param("baseRevision", "0"))
                .andReturn()
                .getResponse();
        assertThat(typo.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(typo.getContentAsString())
                        .select("#f-translationOf-error")
                        .text())
                .startsWith("Only a Spanish term can translate one");

        MockHttpServletResponse saved = mvc.perform(post("/editor/dictionary/terms")
                        .with(csrf())
                        .with(user("traductora").roles("WRITER"))
                        .param("name", "insulina rápida")
                        .param("language", "es")
                        .param("definition", "Un tipo de insulina.")
                        .param("translationOf", "insulin")
                        .param("source", "Salus Health")
                        .param("changeNote", "Nuevo")
                        .param("baseRevision", "0"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(revisions.revisionsOf("insulina-rapida").get(0).draft().translationOf())
                .isEqualTo("insulin");
    }

    @Autowired
    TermWorkflow workflow;

    @Autowired
    org.salus.dictionary.Dictionary dictionary;

    @Test
    void aTermPublishedThroughTheWorkflowShowsWhoReviewedIt() throws Exception {
        var writer = people.create("pagewriter", Role.WRITER);
        var reviewer = people.create("pagereviewer", Role.REVIEWER);
        var editor = people.create("pageeditor", Role.EDITOR);
        Document before = Jsoup.parse(mvc.perform(get("/dictionary/lipid-panel"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(before.select(".term-entry .review-line")).isEmpty(); // sample terms show their source only

        var live = dictionary.draftOf("lipid-panel").orElseThrow();
        long id = workflow.saveDraft(
                writer,
                new org.salus.dictionary.TermDraft(
                        live.slug(),
                        live.language(),
                        live.name(),
                        live.pronunciation(),
                        live.definitionMarkdown() + "\nAsk if you need to fast first.\n",
                        live.synonyms(),
                        live.relatedTerms(),
                        live.relatedArticles(),
                        live.linkable(),
                        live.source(),
                        live.licence(),
                        live.sourceId()),
                "Fasting advice",
                0,
                false);
        workflow.submit(writer, id);
        workflow.approve(reviewer, id, null);
        workflow.publish(editor, id);

        Document after = Jsoup.parse(mvc.perform(get("/dictionary/lipid-panel"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(after.select(".term-entry .review-line").text())
                .isEqualTo("Medically reviewed by Dr. Pagereviewer, MD on November 29, 2026");
        assertThat(after.select(".definition").text()).endsWith("Ask if you need to fast first.");
    }

    @Test
    void aReviewerWhoseTextAnotherWriterEditedIsToldSoAndOfferedNoReviewActions() throws Exception {
        var writerReviewer = people.create("pagelaunder", Role.WRITER, Role.REVIEWER);
        var otherWriter = people.create("pagecomma", Role.WRITER);
        people.create("pagefresh", Role.REVIEWER);
        var live = dictionary.draftOf("metformin").orElseThrow();
        long first = workflow.saveDraft(
                writerReviewer, withDefinition(live, "Metformin lowers blood sugar\n"), "Simpler", 0, false);
        workflow.submit(writerReviewer, first);
        long edited = workflow.saveDraft(
                otherWriter, withDefinition(live, "Metformin lowers blood sugar.\n"), "Full stop", 1, false);
        workflow.submit(otherWriter, edited);

        Document own = revisionPage(edited, "pagelaunder", "WRITER", "REVIEWER");
        assertThat(own.select("#wrote-text").text()).startsWith("You wrote part of this text");
        assertThat(own.select("form[action$=/approve], form[action$=/request-changes]"))
                .isEmpty();
        MockHttpServletResponse refused = mvc.perform(post("/editor/dictionary/revisions/" + edited + "/approve")
                        .with(csrf())
                        .with(user("pagelaunder").roles("WRITER", "REVIEWER")))
                .andReturn()
                .getResponse();
        assertThat(refused.getRedirectedUrl()).contains("problem=");
        assertThat(revisions.find(edited).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);

        Document other = revisionPage(edited, "pagefresh", "REVIEWER");
        assertThat(other.select("#wrote-text")).isEmpty();
        assertThat(other.select("form[action$=/approve]")).hasSize(1);
    }

    private Document revisionPage(long id, String username, String... roles) throws Exception {
        return Jsoup.parse(mvc.perform(get("/editor/dictionary/revisions/" + id)
                        .with(user(username).roles(roles)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static TermDraft withDefinition(TermDraft draft, String markdown) {
        return new TermDraft(
                draft.slug(),
                draft.language(),
                draft.name(),
                draft.pronunciation(),
                markdown,
                draft.synonyms(),
                draft.relatedTerms(),
                draft.relatedArticles(),
                draft.linkable(),
                draft.source(),
                draft.licence(),
                draft.sourceId());
    }

    @Test
    void readersAreSentToSignIn() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/editor/dictionary/terms/insulin/edit"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }
}
