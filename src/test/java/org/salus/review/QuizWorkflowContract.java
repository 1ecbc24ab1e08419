package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleWriter;
import org.salus.article.ContentType;
import org.salus.article.OptionDraft;
import org.salus.article.PublishedArticle;
import org.salus.article.PublishedArticles;
import org.salus.article.QuestionDraft;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionType;
import org.salus.article.StoredRevisions;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditLog;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.MutableClock;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quiz goes through the editorial workflow like any article, and its questions are stored,
 * restored and checked with the revision: H2 in {@link QuizWorkflowTests}, PostgreSQL in
 * {@link QuizWorkflowPostgresTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({MutableClock.Config.class, People.class})
@Transactional
abstract class QuizWorkflowContract {

    /** The short test texts score oddly on reading grade; the override is not what is tested. */
    private static final String READ = "short test text";

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    StoredRevisions articles;

    @Autowired
    PublishedArticles published;

    @Autowired
    ArticleWriter writer;

    @Autowired
    People people;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog audit;

    @Autowired
    EditorialQueries queries;

    UserAccount author;
    UserAccount reviewer;
    UserAccount editor;

    @BeforeEach
    void staff() {
        clock.reset();
        author = people.create("wanda", Role.WRITER);
        reviewer = people.create("rahul", Role.REVIEWER);
        editor = people.create("eve", Role.EDITOR);
    }

    @Test
    void aQuizCannotBePublishedWithoutApproval() {
        publish(
                "gout",
                Drafts.draft("Gout")
                        .section(SectionType.CAUSES, "Causes", "Uric acid.")
                        .build());
        long quiz = saveQuiz("gout#causes");

        assertThatThrownBy(() -> workflow.publish(editor, quiz, null, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.notApproved");
        workflow.submit(author, quiz);
        assertThatThrownBy(() -> workflow.publish(editor, quiz, null, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.notApproved");
        assertThat(published.findPublished("test-your-gout-iq")).isEmpty();

        workflow.approve(reviewer, quiz, null);
        workflow.publish(editor, quiz, null, READ);
        PublishedArticle page = published.findPublished("test-your-gout-iq").orElseThrow();
        assertThat(page.contentType()).isEqualTo(ContentType.QUIZ);
        assertThat(page.questions()).hasSize(1);
        assertThat(page.questions().get(0).correctKeys()).containsExactly("a");
        assertThat(page.questions().get(0).explanationHtml()).isEqualTo("<p>Because <em>uric acid</em>.</p>\n");
    }

    @Test
    void theQuestionsCountTowardsTheReadingGradeThatPublishingChecks() {
        publish(
                "gout",
                Drafts.draft("Gout")
                        .section(SectionType.CAUSES, "Causes", "Uric acid.")
                        .build());
        long plain = saveQuiz("gout#causes");
        long hard = workflow.saveDraft(
                author,
                new ArticleIdentity("test-your-gout-iq", "en", ContentType.QUIZ),
                quizDraft(
                        "gout#causes",
                        "Hyperuricemia precipitates monosodium urate crystallization within articular cartilage,"
                                + " provoking intermittent inflammatory arthropathy.\n"),
                1);

        assertThat(workflow.readingGrade(hard))
                .as("the intro is the same; only the explanation differs")
                .isGreaterThan(workflow.readingGrade(plain) + 5);
        workflow.submit(author, hard);
        workflow.approve(reviewer, hard, null);
        assertThatThrownBy(() -> workflow.publish(editor, hard, null, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.readabilityOverride");
    }

    @Test
    void anExplanationLinkingAMissingSectionBlocksPublishing() {
        publish("gout", Drafts.draft("Gout").overview("A kind of arthritis.").build());
        long quiz = approvedQuiz("gout#causes"); // gout has no causes section

        assertThatThrownBy(() -> workflow.publish(editor, quiz, null, null))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("workflow.quizUnsupported");
        assertThat(published.findPublished("test-your-gout-iq")).isEmpty();

        publish(
                "gout",
                Drafts.draft("Gout")
                        .overview("A kind of arthritis.")
                        .section(SectionType.CAUSES, "Causes", "Uric acid.")
                        .build());
        workflow.publish(editor, quiz, null, READ);
        assertThat(published.findPublished("test-your-gout-iq")).isPresent();
    }

    @Test
    void anExplanationLinkingAnUnpublishedArticleBlocksThePublishingThatImportsUse() {
        long quiz = approvedQuiz("nowhere#causes");

        assertThatThrownBy(() ->
                        writer.publish(articles.findBySlug("test-your-gout-iq").orElseThrow(), quiz))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("quiz test-your-gout-iq cannot be published: question 1 links to nowhere#causes,"
                        + " which is not a published article section");
    }

    @Test
    void questionsAreKeptByRestoreAndByTheEditorsCopy() {
        long quiz = saveQuiz("gout#causes");

        RevisionDraft loaded = articles.loadDraft(quiz).orElseThrow();
        assertThat(loaded.questions()).isEqualTo(quizDraft("gout#causes").questions());

        workflow.saveDraft(
                author,
                new ArticleIdentity("test-your-gout-iq", "en", ContentType.QUIZ),
                Drafts.revisionOf(loaded).overview("Changed.").build(),
                1);
        long restored = workflow.restoreAsDraft(author, quiz);
        assertThat(articles.loadDraft(restored).orElseThrow().questions()).isEqualTo(loaded.questions());
    }

    @Test
    void restoringAnOlderRevisionBringsBackItsQuestionsAndAnswerKey() {
        publish(
                "gout",
                Drafts.draft("Gout")
                        .section(SectionType.CAUSES, "Causes", "Uric acid.")
                        .build());
        long first = saveQuiz("gout#causes");
        RevisionDraft original = articles.loadDraft(first).orElseThrow();
        QuestionDraft question = original.questions().get(0);
        QuestionDraft rekeyed = new QuestionDraft(
                question.kind(),
                question.prompt(),
                List.of(new OptionDraft("Uric acid", false), new OptionDraft("Cold weather", true)),
                "A changed explanation.\n",
                question.supportSlug(),
                question.supportAnchor(),
                question.supportText());
        long second = workflow.saveDraft(
                author,
                new ArticleIdentity("test-your-gout-iq", "en", ContentType.QUIZ),
                Drafts.revisionOf(original).question(rekeyed).build(),
                1);
        assertThat(articles.questionsOfRevision(second)).hasSize(2);

        long restored = workflow.restoreAsDraft(author, first);

        assertThat(articles.loadDraft(restored).orElseThrow().questions()).isEqualTo(original.questions());
        assertThat(articles.questionsOfRevision(restored))
                .as("stored with the restored revision: one question, option a right, the first explanation")
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.correctKeys()).containsExactly("a");
                    assertThat(q.explanationHtml()).isEqualTo("<p>Because <em>uric acid</em>.</p>\n");
                });
        approveAndPublish(restored);
        assertThat(published.findPublished("test-your-gout-iq").orElseThrow().questions())
                .singleElement()
                .satisfies(q -> assertThat(q.correctKeys()).containsExactly("a"));
    }

    @Test
    void approvingAndPublishingAQuizIsAuditedLikeAnArticle() {
        publish(
                "gout",
                Drafts.draft("Gout")
                        .section(SectionType.CAUSES, "Causes", "Uric acid.")
                        .build());
        long quiz = saveQuiz("gout#causes");
        workflow.submit(author, quiz);
        workflow.approve(reviewer, quiz, "Answers checked against the gout article.");
        workflow.publish(editor, quiz, null, READ);

        long articleId = articles.findBySlug("test-your-gout-iq").orElseThrow().id();
        assertThat(audit.recent(articleId, 10))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::toRevision)
                .containsExactly(
                        tuple("eve", "revision.published", quiz),
                        tuple("rahul", "revision.approved", quiz),
                        tuple("wanda", "revision.submitted", quiz),
                        tuple("wanda", "revision.saved", quiz));
        assertThat(audit.recent(articleId, 10).get(1).detail()).isEqualTo("Answers checked against the gout article.");
    }

    @Test
    void aPublishedQuizFallsDueForReviewLikeAnArticleAndAConfirmationMovesIt() {
        publish(
                "gout",
                Drafts.draft("Gout")
                        .section(SectionType.CAUSES, "Causes", "Uric acid.")
                        .build());
        approveAndPublish(saveQuiz("gout#causes"));
        LocalDate due = published
                .findPublished("test-your-gout-iq")
                .orElseThrow()
                .review()
                .nextReviewDue();
        assertThat(slugs(queries.reviewOverdue())).doesNotContain("test-your-gout-iq");

        clock.advance(Duration.between(
                clock.instant(), due.minusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant()));
        assertThat(slugs(queries.reviewDueSoon())).contains("test-your-gout-iq");
        clock.advance(Duration.ofDays(11));
        assertThat(slugs(queries.reviewOverdue())).contains("test-your-gout-iq");

        UserAccount second = people.create("ravi", Role.REVIEWER);
        workflow.confirmReview(second, "test-your-gout-iq", null);
        assertThat(slugs(queries.reviewOverdue())).doesNotContain("test-your-gout-iq");
        assertThat(slugs(queries.reviewDueSoon())).doesNotContain("test-your-gout-iq");
    }

    private static List<String> slugs(List<ReviewDue> due) {
        return due.stream().map(ReviewDue::slug).toList();
    }

    private void approveAndPublish(long revision) {
        workflow.submit(author, revision);
        workflow.approve(reviewer, revision, null);
        workflow.publish(editor, revision, null, READ);
    }

    private long saveQuiz(String support) {
        return workflow.saveDraft(
                author, new ArticleIdentity("test-your-gout-iq", "en", ContentType.QUIZ), quizDraft(support), 0);
    }

    private long approvedQuiz(String support) {
        long quiz = saveQuiz(support);
        workflow.submit(author, quiz);
        workflow.approve(reviewer, quiz, null);
        return quiz;
    }

    private static RevisionDraft quizDraft(String support) {
        return quizDraft(support, "Because *uric acid*.\n");
    }

    private static RevisionDraft quizDraft(String support, String explanation) {
        String[] link = support.split("#");
        Drafts quiz = Drafts.draft("Test your gout IQ").overview("Three quick questions.");
        quiz.question("What causes gout?", link[0], link[1], "Uric acid", "Cold weather");
        QuestionDraft question = quiz.build().questions().get(0);
        return Drafts.draft("Test your gout IQ")
                .overview("Three quick questions.")
                .question(new QuestionDraft(
                        question.kind(),
                        question.prompt(),
                        question.options(),
                        explanation,
                        question.supportSlug(),
                        question.supportAnchor(),
                        question.supportText()))
                .build();
    }

    private void publish(String slug, RevisionDraft draft) {
        int base = articles.findBySlug(slug)
                .map(a -> articles.revisionsOf(a.id()).size())
                .orElse(0);
        long revision = workflow.saveDraft(author, new ArticleIdentity(slug, "en", ContentType.CONDITION), draft, base);
        workflow.submit(author, revision);
        workflow.approve(reviewer, revision, null);
        workflow.publish(editor, revision, null, READ);
    }
}
