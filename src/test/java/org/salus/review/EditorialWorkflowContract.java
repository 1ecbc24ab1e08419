package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleWriter;
import org.salus.article.ChangeKind;
import org.salus.article.ClinicalChange;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.PublishedArticle;
import org.salus.article.PublishedArticles;
import org.salus.article.RelatedArticle;
import org.salus.article.ReviewerProfileRepository;
import org.salus.article.RevisionDraft;
import org.salus.article.Source;
import org.salus.article.StoredRevisions;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditLog;
import org.salus.jobs.JobLockConfiguration;
import org.salus.testsupport.Drafts;
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
    StoredRevisions articles;

    @Autowired
    PublishedArticles published;

    @Autowired
    AuditLog audit;

    @Autowired
    People people;

    @Autowired
    EditorialQueries queries;

    @Autowired
    RevisionWorkflowRepository workflowRows;

    @Autowired
    ReviewerProfileRepository profiles;

    @Autowired
    ArticleWriter articleWriter;

    @Autowired
    MutableClock clock;

    @Autowired
    DataSource dataSource;

    UserAccount writer;
    UserAccount reviewer;
    UserAccount editor;

    @BeforeEach
    void staff() {
        clock.reset(); // every test starts on the same day, whatever ran before
        writer = people.create("wanda", Role.WRITER);
        reviewer = people.create("rahul", Role.REVIEWER);
        editor = people.create("eve", Role.EDITOR);
    }

    @Test
    void aDraftReachesReadersOnlyAfterReviewAndPublication() {
        long revision = newArticle("Gestational Diabetes");
        assertThat(published.findPublished("gestational-diabetes")).isEmpty();

        workflow.submit(writer, revision);
        assertThat(published.findPublished("gestational-diabetes")).isEmpty();
        workflow.approve(reviewer, revision, "Accurate.");
        assertThat(published.findPublished("gestational-diabetes")).isEmpty();
        workflow.publish(editor, revision, null, null);

        PublishedArticle page = published.findPublished("gestational-diabetes").orElseThrow();
        assertThat(page.revisionId()).isEqualTo(revision);
        assertThat(page.review().reviewerName()).isEqualTo("Dr. Rahul");
        assertThat(page.review().reviewedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(page.review().nextReviewDue()).isEqualTo(LocalDate.of(2029, 11, 29));
        assertThat(page.review().reviewerSlug()).isEqualTo("dr-rahul");
    }

    @Test
    void theLiveRevisionStaysLiveWhileANewerOneIsDraftedAndReviewed() {
        long first = publishedArticle("Gestational Diabetes");
        long second =
                workflow.saveDraft(writer, identity("gestational-diabetes"), draft("Gestational Diabetes, revised"), 1);

        workflow.submit(writer, second);
        workflow.approve(reviewer, second, null);
        assertThat(published.findPublished("gestational-diabetes").orElseThrow().revisionId())
                .isEqualTo(first);

        workflow.publish(editor, second, null, null);
        assertThat(published.findPublished("gestational-diabetes").orElseThrow().title())
                .isEqualTo("Gestational Diabetes, revised");
        assertThat(articles.revisionsOf(articles.findBySlug("gestational-diabetes")
                        .orElseThrow()
                        .id()))
                .hasSize(2);
    }

    @Test
    void aReviewerCannotApproveWhatTheyWrote() {
        UserAccount both = people.create("bea", Role.WRITER, Role.REVIEWER);
        long revision = workflow.saveDraft(both, identity("gestational-diabetes"), draft("Gestational Diabetes"), 0);
        workflow.submit(both, revision);

        assertThatThrownBy(() -> workflow.approve(both, revision, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.selfApproval");
    }

    @Test
    void aReviewerCannotConfirmTheReviewOfLiveTextTheyWrote() {
        UserAccount both = people.create("bea", Role.WRITER, Role.REVIEWER);
        workflow.publish(editor, approvedGestationalDiabetes(both, "Gestational Diabetes", 0), null, null);
        clock.advance(Duration.ofDays(400));

        assertThatThrownBy(() -> workflow.confirmReview(both, "gestational-diabetes", "Still current."))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.selfConfirm");
        workflow.confirmReview(reviewer, "gestational-diabetes", "Still current.");
        assertThat(published
                        .findPublished("gestational-diabetes")
                        .orElseThrow()
                        .review()
                        .reviewerName())
                .isEqualTo("Dr. Rahul");
    }

    @Test
    void aReviewerCannotApproveTheirTextAfterAnotherWriterEditedIt() {
        UserAccount both = people.create("bea", Role.WRITER, Role.REVIEWER);
        publishedArticle("Gestational Diabetes");
        workflow.saveDraft(both, identity("gestational-diabetes"), draft("Gestational Diabetes, rewritten by Bea"), 1);
        long lightEdit = workflow.saveDraft(
                writer, identity("gestational-diabetes"), draft("Gestational Diabetes, rewritten by Bea."), 2);
        workflow.submit(writer, lightEdit);

        assertThatThrownBy(() -> workflow.approve(both, lightEdit, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.selfApproval");
        assertThatThrownBy(() -> workflow.requestChanges(both, lightEdit, "Looks fine to me"))
                .hasMessage("workflow.selfApproval");
        workflow.approve(reviewer, lightEdit, null);
    }

    @Test
    void aReviewerCannotApproveTheirTextAfterAnotherWriterRestoredIt() {
        UserAccount both = people.create("bea", Role.WRITER, Role.REVIEWER);
        long beas = approvedGestationalDiabetes(both, "Gestational Diabetes", 0);
        workflow.publish(editor, beas, null, null);
        workflow.publish(editor, approvedGestationalDiabetes(writer, "Gestational Diabetes, by Wanda", 1), null, null);

        long restored = workflow.restoreAsDraft(writer, beas);
        workflow.submit(writer, restored);

        assertThatThrownBy(() -> workflow.approve(both, restored, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.selfApproval");
        workflow.approve(reviewer, restored, null);
    }

    @Test
    void anEarlierApprovalEndsAWritersAuthorshipOfLaterText() {
        UserAccount both = people.create("bea", Role.WRITER, Role.REVIEWER);
        long beas = approvedGestationalDiabetes(both, "Gestational Diabetes", 0);
        long wandas = workflow.saveDraft(
                writer, identity("gestational-diabetes"), draft("Gestational Diabetes, by Wanda"), 1);
        workflow.submit(writer, wandas);

        workflow.approve(both, wandas, null); // Bea's text was approved by Rahul; the change since is Wanda's
    }

    @Test
    void illegalTransitionsAreRefused() {
        long revision = newArticle("Gestational Diabetes");

        assertThatThrownBy(() -> workflow.approve(reviewer, revision, null)).hasMessage("workflow.illegal.draft");
        assertThatThrownBy(() -> workflow.publish(editor, revision, null, null)).hasMessage("workflow.notApproved");
        workflow.submit(writer, revision);
        assertThatThrownBy(() -> workflow.submit(writer, revision)).hasMessage("workflow.illegal.submitted");
        assertThatThrownBy(() -> workflow.publish(editor, revision, null, null)).hasMessage("workflow.notApproved");
        assertThatThrownBy(() -> workflow.requestChanges(reviewer, revision, " "))
                .hasMessage("workflow.commentsRequired");
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
        assertThatThrownBy(() -> workflow.publish(reviewer, revision, null, null))
                .hasMessage("workflow.notAllowed");
        assertThatThrownBy(() -> workflow.saveDraft(reviewer, identity("x-topic"), draft("X Topic"), 0))
                .hasMessage("workflow.notAllowed");
    }

    @Test
    void changesRequestedGoBackToTheWriterWithTheComments() {
        long revision = newArticle("Gestational Diabetes");
        workflow.submit(writer, revision);

        workflow.requestChanges(reviewer, revision, "Add the glucose test thresholds.");

        assertThat(newestAuditOf("gestational-diabetes").detail()).isEqualTo("Add the glucose test thresholds.");
        workflow.submit(writer, revision);
        workflow.approve(reviewer, revision, null);
    }

    @Test
    void aScheduledRevisionIsPublishedWhenItsTimeComes() {
        long revision = approvedArticle("Gestational Diabetes");

        workflow.publish(editor, revision, clock.instant().plus(Duration.ofHours(2)), null);
        workflow.publishDue();
        assertThat(published.findPublished("gestational-diabetes")).isEmpty();

        clock.advance(Duration.ofHours(3));
        workflow.publishDue();
        assertThat(published.findPublished("gestational-diabetes")).isPresent();
        assertThat(newestAuditOf("gestational-diabetes").actor()).isEqualTo("scheduler");
    }

    @Test
    void aDueRevisionWaitsWhileAnotherNodeRunsScheduledPublishingAndIsPublishedOnce() {
        long revision = approvedArticle("Gestational Diabetes");
        workflow.publish(editor, revision, clock.instant().plus(Duration.ofHours(2)), null);
        clock.advance(Duration.ofHours(3));

        // Another app node (its own lock provider, same database) is running the job right now.
        SimpleLock otherNode = JobLockConfiguration.forNode(dataSource, "another-node")
                .lock(new LockConfiguration(
                        clock.instant(), EditorialWorkflow.PUBLISH_DUE_LOCK, Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        try {
            workflow.publishDue();
            assertThat(published.findPublished("gestational-diabetes")).isEmpty();
        } finally {
            otherNode.unlock();
        }

        workflow.publishDue();
        workflow.publishDue();
        assertThat(published.findPublished("gestational-diabetes")).isPresent();
        long articleId =
                articles.findBySlug("gestational-diabetes").orElseThrow().id();
        assertThat(audit.recent(articleId, 20))
                .filteredOn(entry -> entry.action().equals("revision.published"))
                .extracting(AuditEntry::actor, AuditEntry::toRevision)
                .containsExactly(tuple("scheduler", revision));
    }

    @Test
    void twoEditorsSavingTheSameArticleDoNotOverwriteEachOther() {
        publishedArticle("Gestational Diabetes");
        workflow.saveDraft(writer, identity("gestational-diabetes"), draft("First editor's version"), 1);

        assertThatThrownBy(() -> workflow.saveDraft(
                        editor, identity("gestational-diabetes"), draft("Second editor's version"), 1))
                .hasMessage("workflow.conflict");
    }

    @Test
    void everyTransitionIsInTheAuditLog() {
        long revision = publishedArticle("Gestational Diabetes");

        List<AuditEntry> entries = audit.recent(
                articles.findBySlug("gestational-diabetes").orElseThrow().id(), 10);
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly("revision.published", "revision.approved", "revision.submitted", "revision.saved");
        assertThat(entries).extracting(AuditEntry::actor).containsExactly("eve", "rahul", "wanda", "wanda");
        assertThat(entries.get(0).toRevision()).isEqualTo(revision);
    }

    @Test
    void textAboveTheReadingGradeNeedsAnOverrideReason() {
        RevisionDraft dense = Drafts.draft("Hyperinsulinaemia")
                .summary("Summary.")
                .sources(sources())
                .overview("Hyperinsulinaemia consequent to peripheral insulin resistance precipitates compensatory "
                        + "pancreatic beta-cell hypersecretion and eventual decompensation.")
                .by("wanda")
                .note("First draft", ChangeKind.CLINICAL)
                .build();
        long revision = workflow.saveDraft(writer, identity("hyperinsulinaemia"), dense, 0);
        workflow.submit(writer, revision);
        workflow.approve(reviewer, revision, null);

        assertThatThrownBy(() -> workflow.publish(editor, revision, null, ""))
                .hasMessage("workflow.readabilityOverride");
        workflow.publish(editor, revision, null, "Written for clinicians");

        assertThat(newestAuditOf("hyperinsulinaemia").detail())
                .contains("Written for clinicians")
                .contains("reading grade");
    }

    @Test
    void reviewedWithNoChangesMovesTheNextReviewDate() {
        publishedArticle("Gestational Diabetes");
        clock.advance(Duration.ofDays(400));

        workflow.confirmReview(reviewer, "gestational-diabetes", "Still current.");

        PublishedArticle page = published.findPublished("gestational-diabetes").orElseThrow();
        assertThat(page.review().reviewedOn()).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(page.review().nextReviewDue()).isEqualTo(LocalDate.of(2031, 1, 3));
    }

    @Test
    void retiringTakesTheArticleOffTheSiteAndKeepsItsRevisions() {
        publishedArticle("Gestational Diabetes");
        long id = articles.findBySlug("gestational-diabetes").orElseThrow().id();

        workflow.retire(editor, "gestational-diabetes", "Merged into Diabetes in Pregnancy");

        assertThat(published.findPublished("gestational-diabetes")).isEmpty();
        assertThat(articles.isRetired("gestational-diabetes")).isTrue();
        assertThat(articles.revisionsOf(id)).hasSize(1);
    }

    @Test
    void aRetiredArticleLeavesRecentlyPublishedAndIsListedAsRetired() {
        publishedArticle("Gestational Diabetes");
        assertThat(queries.recentlyPublished()).extracting(WorkflowRow::slug).contains("gestational-diabetes");

        workflow.retire(editor, "gestational-diabetes", "Merged into Diabetes in Pregnancy");

        assertThat(queries.recentlyPublished()).extracting(WorkflowRow::slug).doesNotContain("gestational-diabetes");
        assertThat(queries.retiredArticles())
                .extracting(RetiredArticle::slug, RetiredArticle::title, RetiredArticle::reason)
                .contains(tuple("gestational-diabetes", "Gestational Diabetes", "Merged into Diabetes in Pregnancy"));
        assertThatThrownBy(() -> workflow.retire(editor, "gestational-diabetes", "Again"))
                .hasMessage("workflow.alreadyRetired");
        assertThatThrownBy(() -> workflow.confirmReview(reviewer, "gestational-diabetes", null))
                .hasMessage("workflow.notPublished");
    }

    @Test
    void draftsLeftBehindByANewerPublicationLeaveMyDrafts() {
        publishedArticle("Gestational Diabetes");
        long sentBack =
                workflow.saveDraft(writer, identity("gestational-diabetes"), draft("Gestational Diabetes, try 1"), 1);
        workflow.submit(writer, sentBack);
        workflow.requestChanges(reviewer, sentBack, "Add the glucose thresholds.");
        assertThat(queries.myDrafts(writer)).extracting(WorkflowRow::revisionId).contains(sentBack);

        long better =
                workflow.saveDraft(writer, identity("gestational-diabetes"), draft("Gestational Diabetes, try 2"), 2);
        workflow.submit(writer, better);
        workflow.approve(reviewer, better, null);
        workflow.publish(editor, better, null, null);

        assertThat(queries.myDrafts(writer)).extracting(WorkflowRow::revisionId).doesNotContain(sentBack);
        assertThat(queries.find(sentBack).orElseThrow().state()).isEqualTo(WorkflowState.SUPERSEDED);
        assertThatThrownBy(() -> workflow.submit(writer, sentBack)).hasMessage("workflow.illegal.superseded");

        // a revision left open by an older version of the workflow is still kept off the lists
        workflowRows.setState(sentBack, WorkflowState.CHANGES_REQUESTED, null, clock.instant());
        assertThat(queries.myDrafts(writer)).extracting(WorkflowRow::revisionId).doesNotContain(sentBack);
    }

    @Test
    void aNewRevisionApprovedByAnotherReviewerMovesTheArticleToThePreviousList() {
        UserAccount nadia = people.create("nadia", Role.REVIEWER);
        publishedArticle("Gestational Diabetes");
        long second =
                workflow.saveDraft(writer, identity("gestational-diabetes"), draft("Gestational Diabetes, revised"), 1);
        workflow.submit(writer, second);
        workflow.approve(nadia, second, null);
        workflow.publish(editor, second, null, null);

        assertThat(reviewed("dr-nadia")).containsExactly("gestational-diabetes");
        assertThat(previouslyReviewed("dr-nadia")).isEmpty();
        assertThat(reviewed("dr-rahul")).doesNotContain("gestational-diabetes");
        assertThat(previouslyReviewed("dr-rahul")).containsExactly("gestational-diabetes");
    }

    @Test
    void aReReviewByAnotherReviewerCreditsOnlyTheNewReviewer() {
        UserAccount nadia = people.create("nadia", Role.REVIEWER);
        publishedArticle("Gestational Diabetes");
        clock.advance(Duration.ofDays(400));

        workflow.confirmReview(nadia, "gestational-diabetes", "Still current.");

        assertThat(published
                        .findPublished("gestational-diabetes")
                        .orElseThrow()
                        .review()
                        .reviewerSlug())
                .isEqualTo("dr-nadia");
        assertThat(reviewed("dr-nadia")).containsExactly("gestational-diabetes");
        assertThat(reviewed("dr-rahul")).doesNotContain("gestational-diabetes");
        assertThat(previouslyReviewed("dr-rahul")).containsExactly("gestational-diabetes");
    }

    @Test
    void anApprovalThatNeverWentLiveIsNotListed() {
        UserAccount nadia = people.create("nadia", Role.REVIEWER);
        publishedArticle("Gestational Diabetes");
        long second =
                workflow.saveDraft(writer, identity("gestational-diabetes"), draft("Gestational Diabetes, revised"), 1);
        workflow.submit(writer, second);
        workflow.approve(nadia, second, null);

        assertThat(reviewed("dr-nadia")).isEmpty();
        assertThat(previouslyReviewed("dr-nadia")).isEmpty();
        assertThat(reviewed("dr-rahul")).containsExactly("gestational-diabetes");
    }

    private List<String> reviewed(String profileSlug) {
        return profiles
                .reviewedArticles(profiles.findBySlug(profileSlug).orElseThrow().id())
                .stream()
                .map(RelatedArticle::slug)
                .toList();
    }

    private List<String> previouslyReviewed(String profileSlug) {
        return profiles
                .previouslyReviewedArticles(
                        profiles.findBySlug(profileSlug).orElseThrow().id())
                .stream()
                .map(RelatedArticle::slug)
                .toList();
    }

    @Test
    void readersSeeTheFirstPublicationPlainlyAndOnlyNotesOfPublishedClinicalChanges() {
        newArticle("Gestational Diabetes"); // "First draft", never published
        long second = workflow.saveDraft(
                writer,
                identity("gestational-diabetes"),
                draft(
                        "Gestational Diabetes",
                        "Tightened the wording of the first draft",
                        ChangeKind.CLINICAL,
                        "Shorter."),
                1);
        workflow.submit(writer, second);
        workflow.approve(reviewer, second, null);
        workflow.publish(editor, second, null, null);

        assertThat(changes())
                .containsExactly(new ClinicalChange(
                        LocalDate.of(2026, 11, 29), "First published.", ClinicalChange.Kind.FIRST_PUBLISHED));

        clock.advance(Duration.ofDays(30));
        publishOnTop(
                draft("Gestational Diabetes", "Added the glucose test thresholds.", ChangeKind.CLINICAL, "Test."), 2);
        clock.advance(Duration.ofDays(30));
        publishOnTop(draft("Gestational Diabetes", "Fixed a typo", ChangeKind.EDITORIAL, "Tests."), 3);

        assertThat(changes())
                .extracting(ClinicalChange::date, ClinicalChange::note)
                .containsExactly(
                        tuple(LocalDate.of(2026, 12, 29), "Added the glucose test thresholds."),
                        tuple(LocalDate.of(2026, 11, 29), "First published."));
    }

    @Test
    void importNotesNeverReachReaders() {
        var article = articleWriter.findOrCreate("imported-topic", "en", ContentType.CONDITION);
        MedicalReview review =
                new MedicalReview("Dr. Source", "MD", null, LocalDate.of(2026, 11, 1), LocalDate.of(2029, 11, 1));
        long first = articleWriter
                .saveRevision(
                        article,
                        draft("Imported Topic", "Imported from MedlinePlus topic 2175", ChangeKind.CLINICAL, "One."))
                .orElseThrow();
        articleWriter.approveAndPublish(article, first, review);
        clock.advance(Duration.ofDays(10));
        long second = articleWriter
                .saveRevision(
                        article,
                        draft("Imported Topic", "Imported from MedlinePlus topic 2175", ChangeKind.CLINICAL, "Two."))
                .orElseThrow();
        articleWriter.approveAndPublish(article, second, review);

        assertThat(published.findPublished("imported-topic").orElseThrow().changes())
                .extracting(ClinicalChange::kind, ClinicalChange::note)
                .containsExactly(
                        tuple(ClinicalChange.Kind.SOURCE_UPDATE, "Updated from the source."),
                        tuple(ClinicalChange.Kind.FIRST_PUBLISHED, "First published."));
    }

    private List<ClinicalChange> changes() {
        return published.findPublished("gestational-diabetes").orElseThrow().changes();
    }

    private void publishOnTop(RevisionDraft draft, int base) {
        long revision = workflow.saveDraft(writer, identity("gestational-diabetes"), draft, base);
        workflow.submit(writer, revision);
        workflow.approve(reviewer, revision, null);
        workflow.publish(editor, revision, null, null);
    }

    @Test
    void anOldRevisionCanBeRestoredAsANewDraft() {
        long first = publishedArticle("Gestational Diabetes");
        long second = workflow.saveDraft(writer, identity("gestational-diabetes"), draft("A worse title"), 1);

        long restored = workflow.restoreAsDraft(writer, first);

        assertThat(restored).isNotIn(first, second);
        assertThat(articles.loadDraft(restored).orElseThrow().title()).isEqualTo("Gestational Diabetes");
        assertThat(articles.loadDraft(restored).orElseThrow().changeNote())
                .isEqualTo("Restored from revision " + first);
    }

    /** A revision of Gestational Diabetes by {@code author} on top of revision {@code base}, approved by Rahul. */
    private long approvedGestationalDiabetes(UserAccount author, String title, int base) {
        long revision = workflow.saveDraft(author, identity("gestational-diabetes"), draft(title), base);
        workflow.submit(author, revision);
        workflow.approve(reviewer, revision, null);
        return revision;
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
        return gestationalDiabetes(title, "Some women get high blood sugar when they are pregnant.")
                .note("First draft", ChangeKind.CLINICAL)
                .build();
    }

    private static RevisionDraft draft(String title, String note, ChangeKind kind, String extra) {
        return gestationalDiabetes(title, "Some women get high blood sugar when they are pregnant. " + extra)
                .note(note, kind)
                .build();
    }

    private static Drafts gestationalDiabetes(String title, String overview) {
        return Drafts.draft(title)
                .summary("A short summary for readers.")
                .sources(sources())
                .overview(overview)
                .by("wanda");
    }

    private static List<Source> sources() {
        return List.of(new Source("NICHD", "Gestational diabetes", "https://www.nichd.nih.gov/", null));
    }

    /**
     * The article's newest audit entry. Not the log's newest: entries other tests or the sample
     * content wrote (an image upload at start) may carry a later time than this test's clock.
     */
    private AuditEntry newestAuditOf(String slug) {
        long articleId = articles.findBySlug(slug).orElseThrow().id();
        return audit.recent(articleId, 1).get(0);
    }
}
