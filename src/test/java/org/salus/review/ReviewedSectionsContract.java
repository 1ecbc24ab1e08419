package org.salus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ChangeKind;
import org.salus.article.ContentType;
import org.salus.article.PublishedArticle;
import org.salus.article.PublishedArticles;
import org.salus.article.ReviewComment;
import org.salus.article.Section;
import org.salus.article.SectionReviews;
import org.salus.article.SectionType;
import org.salus.article.Source;
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
 * Comments anchored to a section and sections confirmed on their own, against a real database:
 * H2 in {@link ReviewedSectionsTests}, PostgreSQL in {@link ReviewedSectionsPostgresTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import({MutableClock.Config.class, People.class})
@Transactional
abstract class ReviewedSectionsContract {

    private static final String SLUG = "section-review-sample";

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    ReviewedSections sections;

    @Autowired
    SectionReviews sectionReviews;

    @Autowired
    StoredRevisions articles;

    @Autowired
    PublishedArticles published;

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
        clock.reset();
        writer = people.create("sam", Role.WRITER);
        reviewer = people.create("rosa", Role.REVIEWER);
        editor = people.create("ed", Role.EDITOR);
    }

    @Test
    void aChangeRequestNamesItsSectionAndTheNextDraftCarriesTheRoundsComments() {
        long first = save("First draft", 0);
        workflow.submit(writer, first);
        String symptoms = anchorOf(first, SectionType.SYMPTOMS);
        workflow.requestChanges(reviewer, first, "Name the warning signs.", symptoms);
        long second = save("Warning signs named", 1);
        workflow.submit(writer, second);
        workflow.requestChanges(reviewer, second, "Shorten the overview.", "");

        assertThat(sectionReviews.commentsOfRound(second))
                .extracting(ReviewComment::revisionNumber, ReviewComment::notes, ReviewComment::sectionAnchor)
                .containsExactly(
                        tuple(2, "Shorten the overview.", null), tuple(1, "Name the warning signs.", symptoms));
        assertThat(sectionReviews.commentsOfRound(first))
                .as("a revision's page shows nothing written after it")
                .extracting(ReviewComment::notes)
                .containsExactly("Name the warning signs.");
    }

    @Test
    void anApprovalEndsTheRoundSoTheNextDraftStartsWithoutTheOldComments() {
        long first = save("First draft", 0);
        workflow.submit(writer, first);
        workflow.requestChanges(reviewer, first, "Name the warning signs.", null);
        long second = save("Warning signs named", 1);
        workflow.submit(writer, second);
        workflow.approve(reviewer, second, "Accurate now.");
        long third = save("A later change", 2);

        assertThat(sectionReviews.commentsOfRound(second))
                .extracting(ReviewComment::notes, ReviewComment::decision)
                .containsExactly(
                        tuple("Accurate now.", "approved"), tuple("Name the warning signs.", "changes-requested"));
        assertThat(sectionReviews.commentsOfRound(third)).isEmpty();
    }

    @Test
    void aChangeRequestAboutASectionTheRevisionDoesNotHaveIsRefused() {
        long first = save("First draft", 0);
        workflow.submit(writer, first);

        assertThatThrownBy(() -> workflow.requestChanges(reviewer, first, "Fix it.", "no-such-section"))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.noSection");
        assertThat(sectionReviews.commentsOfRound(first)).isEmpty();
    }

    @Test
    void aConfirmedSectionShowsItsOwnDateOnlyWhenLaterThanThePagesReview() {
        long live = publish();
        String symptoms = anchorOf(live, SectionType.SYMPTOMS);
        Section symptomsSection = section(live, symptoms);

        sections.confirm(reviewer, SLUG, symptoms); // the same day as the approval
        assertThat(page().sectionReviewedOn(symptomsSection))
                .as("same date as the page")
                .isEmpty();

        clock.advance(Duration.ofDays(40));
        sections.confirm(reviewer, SLUG, symptoms);
        PublishedArticle page = page();
        LocalDate today = LocalDate.now(clock);
        assertThat(page.sectionReviewedOn(symptomsSection)).contains(today);
        assertThat(page.sectionReviewedOn(section(live, anchorOf(live, SectionType.OVERVIEW))))
                .isEmpty();
        assertThat(page.review().reviewedOn()).isBefore(today);

        AuditEntry entry = audit.recent(article().id(), 1).get(0);
        assertThat(entry.action()).isEqualTo("review.sectionConfirmed");
        assertThat(entry.actor()).isEqualTo("rosa");
        assertThat(entry.detail()).isEqualTo("section " + symptoms);

        clock.advance(Duration.ofDays(1));
        workflow.confirmReview(reviewer, SLUG, null); // the whole page reviewed later covers the section
        assertThat(page().sectionReviewedOn(symptomsSection)).isEmpty();
    }

    @Test
    void onlyAReviewerWhoWroteNoneOfTheLiveTextMayConfirmASection() {
        long live = publish();
        String symptoms = anchorOf(live, SectionType.SYMPTOMS);
        UserAccount both = people.create("wren", Role.WRITER, Role.REVIEWER);
        long again = workflow.saveDraft(both, identity(), draft("Edited by a reviewer"), 1);
        workflow.submit(both, again);
        workflow.approve(reviewer, again, null);
        workflow.publish(editor, again, null, null);

        assertThatThrownBy(() -> sections.confirm(writer, SLUG, symptoms))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.notAllowed");
        assertThatThrownBy(() -> sections.confirm(editor, SLUG, symptoms))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.notAllowed");
        assertThatThrownBy(() -> sections.confirm(both, SLUG, symptoms))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.selfConfirm");
        assertThatThrownBy(() -> sections.confirm(reviewer, SLUG, "no-such-section"))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.noSection");
        assertThat(sectionReviews.latestOf(again)).isEmpty();
    }

    @Test
    void aSectionOfAnUnpublishedArticleCannotBeConfirmed() {
        long draft = save("First draft", 0);

        assertThatThrownBy(() -> sections.confirm(reviewer, SLUG, anchorOf(draft, SectionType.SYMPTOMS)))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("workflow.notPublished");
    }

    private long publish() {
        long revision = save("First draft", 0);
        workflow.submit(writer, revision);
        workflow.approve(reviewer, revision, null);
        workflow.publish(editor, revision, null, null);
        return revision;
    }

    private long save(String note, int base) {
        return workflow.saveDraft(writer, identity(), draft(note), base);
    }

    private PublishedArticle page() {
        return published.findPublished(SLUG).orElseThrow();
    }

    private ArticleRow article() {
        return articles.findBySlug(SLUG).orElseThrow();
    }

    private String anchorOf(long revision, SectionType type) {
        return articles.sectionsOfRevision(revision).stream()
                .filter(s -> s.type() == type)
                .findFirst()
                .orElseThrow()
                .anchor();
    }

    private Section section(long revision, String anchor) {
        return articles.sectionsOfRevision(revision).stream()
                .filter(s -> s.anchor().equals(anchor))
                .findFirst()
                .orElseThrow();
    }

    private static ArticleIdentity identity() {
        return new ArticleIdentity(SLUG, "en", ContentType.CONDITION);
    }

    /** Each draft's text differs by its note, so every save is a new revision. */
    private static org.salus.article.RevisionDraft draft(String note) {
        return Drafts.draft("Section review sample")
                .summary("A short summary for readers.")
                .sources(List.of(new Source("NICHD", "Gestational diabetes", "https://www.nichd.nih.gov/", null)))
                .overview("Some women get high blood sugar when they are pregnant. " + note + ".")
                .section(SectionType.SYMPTOMS, "Symptoms", "Most women have no symptoms.")
                .note(note, ChangeKind.CLINICAL)
                .by("sam")
                .build();
    }
}
