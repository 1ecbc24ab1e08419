package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleWriter;
import org.salus.article.ContentType;
import org.salus.article.PublishedArticle;
import org.salus.article.PublishedArticles;
import org.salus.article.QuestionDraft;
import org.salus.article.RevisionDraft;
import org.salus.article.SectionType;
import org.salus.article.StoredRevisions;
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
                        "Because *uric acid*.\n",
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
