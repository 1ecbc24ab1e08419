package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRepository;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.PublishedArticle;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import org.salus.article.Source;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditLog;
import org.salus.testsupport.MutableClock;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every workflow transition, and every illegal one, against a real database: H2 in
 * {@link EditorialWorkflowTests}, PostgreSQL in {@link EditorialWorkflowPostgresTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({MutableClock.Config.class, People.class})
@Transactional
abstract class EditorialWorkflowContract {

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    ArticleRepository articles;

    @Autowired
    AuditLog audit;

    @Autowired
    People people;

    @Autowired
    MutableClock clock;

    UserAccount writer;
    UserAccount reviewer;
    UserAccount editor;

    @BeforeEach
    void staff() {
        writer = people.create("wanda", Role.WRITER);
        reviewer = people.create("rahul", Role.REVIEWER);
        editor = people.create("eve", Role.EDITOR);
    }

    @Test
    void aDraftReachesReadersOnlyAfterReviewAndPublication() {
        long revision = newArticle("Gestational Diabetes");
        assertThat(articles.findPublished("gestational-diabetes")).isEmpty();

        workflow.submit(writer, revision);
        assertThat(articles.findPublished("gestational-diabetes")).isEmpty();
        workflow.approve(reviewer, revision, "Accurate.");
        assertThat(articles.findPublished("gestational-diabetes")).isEmpty();
        workflow.publish(editor, revision, null, null);

        PublishedArticle page = articles.findPublished("gestational-diabetes").orElseThrow();
        assertThat(page.revisionId()).isEqualTo(revision);
        assertThat(page.review().reviewerName()).isEqualTo("Dr. Rahul");
        assertThat(page.review().reviewedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(page.review().nextReviewDue()).isEqualTo(LocalDate.of(2029, 11, 29));
        assertThat(page.review().reviewerSlug()).isEqualTo("dr-rahul");
    }

    @Test
    void theLiveRevisionStaysLiveWhileANewerOneIsDraftedAndReviewed() {
        long first = publishedArticle("Gestational Diabetes");
        long second = workflow.saveDraft(writer, identity("gestational-diabetes"), draft("Gestational Diabetes, revised"), 1);

        workflow.submit(writer, second);
        workflow.approve(reviewer, second, null);
        assertThat(articles.findPublished("gestational-diabetes").orElseThrow().revisionId()).isEqualTo(first);

        workflow.publish(editor, second, null, null);
        assertThat(articles.findPublished("gestational-diabetes").orElseThrow().title()).isEqualTo("Gestational Diabetes, revised");
        assertThat(articles.revisionsOf(articles.findBySlug("gestational-diabetes").orElseThrow().id())).hasSize(2);
    }

    @Test
    void aReviewerCannotApproveWhatTheyWrote() {
        UserAccount both = people.create("bea", Role.WRITER, Role.REVIEWER);
        long revision = workflow.saveDraft(both, identity("gestational-diabetes"), draft("Gestational Diabetes"), 0);
        workflow.submit(both, revision);

        assertThatThrownBy(() -> workflow.approve(both, revision, null))
                .isInstanceOf(WorkflowException.class).hasMessage("workflow.selfApproval");
    }

    @Test
    void illegalTransitionsAreRefused() {
        long revision = newArticle("Gestational Diabetes");

        assertThatThrownBy(() -> workflow.approve(reviewer, revision, null)).hasMessage("workflow.illegal.draft");
        assertThatThrownBy(() -> workflow.publish(editor, revision, null, null)).hasMessage("workflow.notApproved");
        workflow.submit(writer, revision);
        assertThatThrownBy(() -> workflow.submit(writer, revision)).hasMessage("workflow.illegal.submitted");
        assertThatThrownBy(() -> workflow.publish(editor, revision, null, null)).hasMessage("workflow.notApproved");
        assertThatThrownBy(() -> workflow.requestChanges(reviewer, revision, " ")).hasMessage("workflow.commentsRequired");
        workflow.approve(reviewer, revision, null);
        assertThatThrownBy(() -> workflow.approve(reviewer, revision, null)).hasMessage("workflow.illegal.approved");
    }

    @Test
    void eachStepNeedsItsRole() {
        long revision = newArticle("Gestational Diabetes");
        workflow.submit(writer, revision);

        assertThatThrownBy(() -> workflow.approve(writer, revision, null)).hasMessage("workflow.notAllowed");
        assertThatThrownBy(() -> workflow.approve(editor, revision, null)).hasMessage("workflow.notAllowed");
        workflow.approve(reviewer, revision, null);
        assertThatThrownBy(() -> workflow.publish(writer, revision, null, null)).hasMessage("workflow.notAllowed");
        assertThatThrownBy(() -> workflow.publish(reviewer, revision, null, null)).hasMessage("workflow.notAllowed");
        assertThatThrownBy(() -> workflow.saveDraft(reviewer, identity("x-topic"), draft("X Topic"), 0))
                .hasMessage("workflow.notAllowed");
    }

    @Test
    void changesRequestedGoBackToTheWriterWithTheComments() {
        long revision = newArticle("Gestational Diabetes");
        workflow.submit(writer, revision);

        workflow.requestChanges(reviewer, revision, "Add the glucose test thresholds.");

        assertThat(audit.recent(null, 1).get(0).detail()).isEqualTo("Add the glucose test thresholds.");
        workflow.submit(writer, revision);
        workflow.approve(reviewer, revision, null);
    }

    @Test
    void aScheduledRevisionIsPublishedWhenItsTimeComes() {
        long revision = approvedArticle("Gestational Diabetes");

        workflow.publish(editor, revision, clock.instant().plus(Duration.ofHours(2)), null);
        workflow.publishDue();
        assertThat(articles.findPublished("gestational-diabetes")).isEmpty();

        clock.advance(Duration.ofHours(3));
        workflow.publishDue();
        assertThat(articles.findPublished("gestational-diabetes")).isPresent();
        assertThat(audit.recent(null, 1).get(0).actor()).isEqualTo("scheduler");
    }

    @Test
    void twoEditorsSavingTheSameArticleDoNotOverwriteEachOther() {
        publishedArticle("Gestational Diabetes");
        workflow.saveDraft(writer, identity("gestational-diabetes"), draft("First editor's version"), 1);

        assertThatThrownBy(() -> workflow.saveDraft(editor, identity("gestational-diabetes"),
                draft("Second editor's version"), 1)).hasMessage("workflow.conflict");
    }

    @Test
    void everyTransitionIsInTheAuditLog() {
        long revision = publishedArticle("Gestational Diabetes");

        List<AuditEntry> entries = audit.recent(articles.findBySlug("gestational-diabetes").orElseThrow().id(), 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("revision.published", "revision.approved",
                "revision.submitted", "revision.saved");
        assertThat(entries).extracting(AuditEntry::actor).containsExactly("eve", "rahul", "wanda", "wanda");
        assertThat(entries.get(0).toRevision()).isEqualTo(revision);
    }

    @Test
    void textAboveTheReadingGradeNeedsAnOverrideReason() {
        RevisionDraft dense = new RevisionDraft("Hyperinsulinaemia", "Summary.", List.of(), List.of(), sources(),
                List.of(), List.of(new SectionDraft(SectionType.OVERVIEW, "Overview",
                        "Hyperinsulinaemia consequent to peripheral insulin resistance precipitates compensatory "
                                + "pancreatic beta-cell hypersecretion and eventual decompensation.\n")),
                "wanda", "First draft", ChangeKind.CLINICAL);
        long revision = workflow.saveDraft(writer, identity("hyperinsulinaemia"), dense, 0);
        workflow.submit(writer, revision);
        workflow.approve(reviewer, revision, null);

        assertThatThrownBy(() -> workflow.publish(editor, revision, null, "")).hasMessage("workflow.readabilityOverride");
        workflow.publish(editor, revision, null, "Written for clinicians");

        assertThat(audit.recent(null, 1).get(0).detail()).contains("Written for clinicians").contains("reading grade");
    }

    @Test
    void reviewedWithNoChangesMovesTheNextReviewDate() {
        publishedArticle("Gestational Diabetes");
        clock.advance(Duration.ofDays(400));

        workflow.confirmReview(reviewer, "gestational-diabetes", "Still current.");

        PublishedArticle page = articles.findPublished("gestational-diabetes").orElseThrow();
        assertThat(page.review().reviewedOn()).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(page.review().nextReviewDue()).isEqualTo(LocalDate.of(2031, 1, 3));
    }

    @Test
    void retiringTakesTheArticleOffTheSiteAndKeepsItsRevisions() {
        publishedArticle("Gestational Diabetes");
        long id = articles.findBySlug("gestational-diabetes").orElseThrow().id();

        workflow.retire(editor, "gestational-diabetes", "Merged into Diabetes in Pregnancy");

        assertThat(articles.findPublished("gestational-diabetes")).isEmpty();
        assertThat(articles.isRetired("gestational-diabetes")).isTrue();
        assertThat(articles.revisionsOf(id)).hasSize(1);
    }

    @Test
    void anOldRevisionCanBeRestoredAsANewDraft() {
        long first = publishedArticle("Gestational Diabetes");
        long second = workflow.saveDraft(writer, identity("gestational-diabetes"), draft("A worse title"), 1);

        long restored = workflow.restoreAsDraft(writer, first);

        assertThat(restored).isNotIn(first, second);
        assertThat(articles.loadDraft(restored).orElseThrow().title()).isEqualTo("Gestational Diabetes");
        assertThat(articles.loadDraft(restored).orElseThrow().changeNote()).isEqualTo("Restored from revision " + first);
    }

    private long newArticle(String title) {
        return workflow.saveDraft(writer, identity(org.salus.article.Slugs.of(title)), draft(title), 0);
    }

    private long approvedArticle(String title) {
        long revision = newArticle(title);
        workflow.submit(writer, revision);
        workflow.approve(reviewer, revision, null);
        return revision;
    }

    private long publishedArticle(String title) {
        long revision = approvedArticle(title);
        workflow.publish(editor, revision, null, null);
        return revision;
    }

    private static ArticleIdentity identity(String slug) {
        return new ArticleIdentity(slug, "en", ContentType.CONDITION);
    }

    private static RevisionDraft draft(String title) {
        return new RevisionDraft(title, "A short summary for readers.", List.of(), List.of(), sources(), List.of(),
                List.of(new SectionDraft(SectionType.OVERVIEW, "Overview", "Some women get high blood sugar when they are pregnant.\n")),
                "wanda", "First draft", ChangeKind.CLINICAL);
    }

    private static List<Source> sources() {
        return List.of(new Source("NICHD", "Gestational diabetes", "https://www.nichd.nih.gov/", null));
    }
}
