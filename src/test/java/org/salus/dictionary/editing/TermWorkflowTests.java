package org.salus.dictionary.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleReader;
import org.salus.article.Section;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditLog;
import org.salus.dictionary.Dictionary;
import org.salus.dictionary.Term;
import org.salus.dictionary.TermDraft;
import org.salus.review.WorkflowException;
import org.salus.review.WorkflowState;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Terms are written, reviewed and published under the article rules: a writer drafts, another
 * person with a reviewer profile who wrote none of the unreviewed text approves, an editor publishes, and each step is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("term-workflow")
@Import({People.class, FixedClock.class})
class TermWorkflowTests {

    @Autowired
    TermWorkflow workflow;

    @Autowired
    TermRevisionRepository revisions;

    @Autowired
    Dictionary dictionary;

    @Autowired
    AuditLog audit;

    @Autowired
    ArticleReader reader;

    @Autowired
    People people;

    @Test
    void anApprovedEditBecomesTheLiveTermAndIsAudited() {
        UserAccount writer = people.create("twriter", Role.WRITER);
        UserAccount reviewer = people.create("treviewer", Role.REVIEWER);
        UserAccount editor = people.create("teditor", Role.EDITOR);
        TermDraft live = dictionary.draftOf("pancreas").orElseThrow();

        long id = workflow.saveDraft(
                writer,
                withDefinition(live, "The pancreas is a gland behind your stomach.\n"),
                "Simpler first sentence",
                0,
                false);
        assertThat(dictionary.find("pancreas").orElseThrow().shortDefinition())
                .startsWith("The pancreas is an organ"); // a draft changes nothing for readers
        workflow.submit(writer, id);
        workflow.approve(reviewer, id, "Accurate.");
        workflow.publish(editor, id);

        Term term = dictionary.find("pancreas").orElseThrow();
        assertThat(term.shortDefinition()).isEqualTo("The pancreas is a gland behind your stomach.");
        TermRevision published = revisions.find(id).orElseThrow();
        assertThat(published.state()).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(published.reviewer()).isEqualTo("Dr. Treviewer");
        assertThat(audit.recentForTerm("pancreas", 10))
                .extracting(AuditEntry::action)
                .containsExactly("term.published", "term.approved", "term.submitted", "term.saved");
    }

    @Test
    void aWriterCannotApproveTheirOwnRevisionNorPublishIt() {
        UserAccount writerReviewer = people.create("selfish", Role.WRITER, Role.REVIEWER);
        TermDraft live = dictionary.draftOf("fiber").orElseThrow();
        long id = workflow.saveDraft(
                writerReviewer,
                withDefinition(live, "Fiber is the part of plants you cannot digest.\n"),
                "Shorter",
                0,
                false);
        workflow.submit(writerReviewer, id);

        assertThatThrownBy(() -> workflow.approve(writerReviewer, id, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.selfApproval");
        assertThatThrownBy(() -> workflow.publish(writerReviewer, id))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.notAllowed");
        assertThat(revisions.find(id).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
    }

    @Test
    void aWriterReviewerCannotApproveATermRevisionAfterAnotherWriterLightlyEditedTheirText() {
        UserAccount writerReviewer = people.create("tlaunder", Role.WRITER, Role.REVIEWER);
        UserAccount otherWriter = people.create("tcomma", Role.WRITER);
        UserAccount otherReviewer = people.create("tfresh", Role.REVIEWER);
        TermDraft live = dictionary.draftOf("glucose").orElseThrow();
        long first = workflow.saveDraft(
                writerReviewer, withDefinition(live, "Glucose is the sugar in your blood\n"), "Simpler", 0, false);
        workflow.submit(writerReviewer, first);
        // another writer starts from the newest revision and only adds a full stop
        long edited = workflow.saveDraft(
                otherWriter, withDefinition(live, "Glucose is the sugar in your blood.\n"), "Full stop", 1, false);
        workflow.submit(otherWriter, edited);

        assertThatThrownBy(() -> workflow.approve(writerReviewer, edited, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.selfApproval");
        assertThatThrownBy(() -> workflow.requestChanges(writerReviewer, edited, "Fine by me"))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.selfApproval");
        assertThat(revisions.find(edited).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);

        workflow.approve(otherReviewer, edited, "Accurate.");
        TermRevision approved = revisions.find(edited).orElseThrow();
        assertThat(approved.state()).isEqualTo(WorkflowState.APPROVED);
        assertThat(approved.reviewer()).isEqualTo("Dr. Tfresh"); // the reviewer line names no writer of the text
    }

    @Test
    void textApprovedByAnotherReviewerNoLongerStopsItsWriterFromReviewingLaterEdits() {
        UserAccount writerReviewer = people.create("tearlier", Role.WRITER, Role.REVIEWER);
        UserAccount otherWriter = people.create("tlater", Role.WRITER);
        UserAccount otherReviewer = people.create("tchecker", Role.REVIEWER);
        TermDraft live = dictionary.draftOf("obesity").orElseThrow();
        long first = workflow.saveDraft(
                writerReviewer, withDefinition(live, "Obesity means too much body fat.\n"), "Simpler", 0, false);
        workflow.submit(writerReviewer, first);
        workflow.approve(otherReviewer, first, null);
        long later = workflow.saveDraft(
                otherWriter,
                withDefinition(live, "Obesity means too much body fat for health.\n"),
                "Clearer",
                1,
                false);
        workflow.submit(otherWriter, later);

        workflow.approve(writerReviewer, later, null); // the only unreviewed text is the other writer's

        assertThat(revisions.find(later).orElseThrow().reviewer()).isEqualTo("Dr. Tearlier");
    }

    @Test
    void anUnapprovedRevisionCannotBePublished() {
        UserAccount writer = people.create("hasty", Role.WRITER);
        UserAccount editor = people.create("hastyeditor", Role.EDITOR);
        long id = workflow.saveDraft(
                writer,
                withDefinition(dictionary.draftOf("statin").orElseThrow(), "Statins lower cholesterol.\n"),
                "Shorter",
                0,
                false);

        assertThatThrownBy(() -> workflow.publish(editor, id))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.notApproved");
        assertThat(dictionary.find("statin").orElseThrow().shortDefinition())
                .isNotEqualTo("Statins lower cholesterol.");
    }

    @Test
    void aStaleEditIsRefusedAndNothingIsOverwritten() {
        UserAccount first = people.create("firstsaver", Role.WRITER);
        UserAccount second = people.create("secondsaver", Role.WRITER);
        TermDraft live = dictionary.draftOf("plaque").orElseThrow();
        workflow.saveDraft(
                first, withDefinition(live, "Plaque is a fatty build-up inside arteries.\n"), "One", 0, false);

        assertThatThrownBy(() -> workflow.saveDraft(second, withDefinition(live, "Other words.\n"), "Two", 0, false))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.termConflict");
        assertThat(revisions.revisionsOf("plaque"))
                .extracting(r -> r.draft().definitionMarkdown())
                .containsExactly("Plaque is a fatty build-up inside arteries.\n");
    }

    @Test
    void aNewTermIsOnlyOnTheSiteOnceItIsPublishedAndItsAddressCannotBeTakenTwice() {
        UserAccount writer = people.create("newterms", Role.WRITER);
        UserAccount reviewer = people.create("newreviewer", Role.REVIEWER);
        UserAccount editor = people.create("neweditor", Role.EDITOR);
        TermDraft draft = new TermDraft(
                "ketones",
                "en",
                "ketones",
                "KEE-tones",
                "Ketones are acids your body makes when it burns fat for energy.\n",
                List.of("ketone bodies"),
                List.of("insulin"),
                List.of(),
                true,
                "Salus Health",
                null,
                "ketones");

        long id = workflow.saveDraft(writer, draft, "New term", 0, true);
        assertThat(dictionary.find("ketones")).isEmpty();
        assertThatThrownBy(() -> workflow.saveDraft(writer, draft, "Again", 0, true))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.termSlugTaken");

        workflow.submit(writer, id);
        workflow.approve(reviewer, id, null);
        workflow.publish(editor, id);
        assertThat(dictionary.find("ketones").orElseThrow().synonyms()).containsExactly("ketone bodies");
        assertThat(dictionary.draftOf("ketones").orElseThrow().relatedTerms()).containsExactly("insulin");
    }

    @Test
    void aPublishedSpanishTermIsLinkedToTheEnglishTermItTranslates() {
        UserAccount writer = people.create("escritora", Role.WRITER);
        UserAccount reviewer = people.create("revisora", Role.REVIEWER);
        UserAccount editor = people.create("editora", Role.EDITOR);
        TermDraft draft = new TermDraft(
                "trigliceridos-en-ayunas",
                "es",
                "triglicéridos en ayunas",
                null,
                "Grasas en la sangre medidas antes de comer.\n",
                List.of(),
                List.of(),
                List.of(),
                true,
                "Salus Health",
                null,
                "trigliceridos-en-ayunas",
                "fiber"); // an English term with no Spanish one yet (the samples translate "triglycerides")

        long id = workflow.saveDraft(writer, draft, "Nuevo", 0, true);
        workflow.submit(writer, id);
        workflow.approve(reviewer, id, null);
        workflow.publish(editor, id);

        assertThat(dictionary.draftOf("trigliceridos-en-ayunas").orElseThrow().translationOf())
                .isEqualTo("fiber");
    }

    @Test
    void changesRequestedNeedCommentsAndSendTheRevisionBack() {
        UserAccount writer = people.create("backwriter", Role.WRITER);
        UserAccount reviewer = people.create("backreviewer", Role.REVIEWER);
        long id = workflow.saveDraft(
                writer,
                withDefinition(dictionary.draftOf("hormone").orElseThrow(), "A hormone is a messenger.\n"),
                "Shorter",
                0,
                false);
        workflow.submit(writer, id);

        assertThatThrownBy(() -> workflow.requestChanges(reviewer, id, " "))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.commentsRequired");
        workflow.requestChanges(reviewer, id, "Say that the body makes it.");

        TermRevision back = revisions.find(id).orElseThrow();
        assertThat(back.state()).isEqualTo(WorkflowState.CHANGES_REQUESTED);
        assertThat(back.reviewNotes()).isEqualTo("Say that the body makes it.");
        workflow.submit(writer, id); // the writer may resubmit
        assertThat(revisions.find(id).orElseThrow().state()).isEqualTo(WorkflowState.SUBMITTED);
    }

    @Test
    void aRetiredTermLeavesTheSiteAndArticleLinksInTheBackground() throws Exception {
        UserAccount editor = people.create("retireterms", Role.EDITOR);
        assertThat(html()).contains("href=\"/dictionary/acanthosis-nigricans\"");

        assertThatThrownBy(() -> workflow.retire(editor, "acanthosis-nigricans", ""))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.reasonRequired");
        workflow.retire(editor, "acanthosis-nigricans", "Merged into the article");

        assertThat(dictionary.find("acanthosis-nigricans")).isEmpty();
        assertThat(dictionary.draftOf("acanthosis-nigricans")).isPresent(); // retired, not deleted
        long deadline = System.currentTimeMillis() + 20_000;
        while (html().contains("/dictionary/acanthosis-nigricans") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(html()).doesNotContain("href=\"/dictionary/acanthosis-nigricans\"");
    }

    private String html() {
        return String.join(
                "",
                reader.published("insulin-resistance").orElseThrow().sections().stream()
                        .map(Section::html)
                        .toList());
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
}
