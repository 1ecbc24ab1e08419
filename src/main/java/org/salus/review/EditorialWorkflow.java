package org.salus.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRepository;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.MedicalReview;
import org.salus.article.Readability;
import org.salus.article.ReviewPolicy;
import org.salus.article.ReviewerProfile;
import org.salus.article.ReviewerProfileRepository;
import org.salus.article.RevisionDraft;
import org.salus.article.Section;
import org.salus.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: a writer saves drafts and submits them; a medical reviewer who did not
 * write the revision approves it or requests changes; an editor publishes an approved revision
 * now or at a set time. The live revision stays live throughout. Every step is checked here (not
 * only in the web layer) and recorded in the audit log.
 */
@Service
public class EditorialWorkflow {

    private final ArticleRepository articles;
    private final ArticleWriter writer;
    private final RevisionWorkflowRepository workflow;
    private final ReviewerProfileRepository profiles;
    private final ReviewPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final double maxReadingGrade;

    EditorialWorkflow(ArticleRepository articles, ArticleWriter writer, RevisionWorkflowRepository workflow,
            ReviewerProfileRepository profiles, ReviewPolicy policy, AuditLog audit, Clock clock,
            @Value("${salus.review.max-reading-grade:8}") double maxReadingGrade) {
        this.articles = articles;
        this.writer = writer;
        this.workflow = workflow;
        this.profiles = profiles;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.maxReadingGrade = maxReadingGrade;
    }

    /**
     * Saves a new revision as a draft. {@code baseRevision} is the revision number the editor
     * started from (0 for a new article): if someone saved in between, nothing is overwritten and
     * the editor is told.
     */
    @Transactional
    public long saveDraft(UserAccount author, ArticleIdentity identity, RevisionDraft draft, int baseRevision) {
        require(author, Role.WRITER, Role.EDITOR);
        Optional<ArticleRow> existing = articles.findBySlug(identity.slug());
        if (baseRevision == 0 && existing.isPresent()) {
            throw new WorkflowException("workflow.slugTaken");
        }
        ArticleRow article = existing.orElseGet(() ->
                writer.findOrCreate(identity.slug(), identity.language(), identity.contentType()));
        if (existing.isPresent() && workflow.latestRevisionNumber(article.id()) != baseRevision) {
            throw new WorkflowException("workflow.conflict");
        }
        long revision;
        try {
            revision = writer.saveRevision(article, draft).orElseThrow(() -> new WorkflowException("workflow.noChange"));
        } catch (DuplicateKeyException e) {
            throw new WorkflowException("workflow.conflict"); // another save took the same revision number
        }
        workflow.insert(revision, WorkflowState.DRAFT, author.id(), clock.instant());
        audit.record(author.username(), "revision.saved", article.id(), article.publishedRevisionId(), revision,
                draft.changeKind().code() + ": " + draft.changeNote());
        return revision;
    }

    @Transactional
    public void submit(UserAccount user, long revisionId) {
        WorkflowRow row = row(revisionId);
        require(user, Role.WRITER, Role.EDITOR);
        if (!user.has(Role.EDITOR) && !Long.valueOf(user.id()).equals(row.authorId())) {
            throw new WorkflowException("workflow.notYourDraft");
        }
        move(row, user, "revision.submitted", null, WorkflowState.DRAFT, WorkflowState.CHANGES_REQUESTED);
        workflow.setState(revisionId, WorkflowState.SUBMITTED, null, clock.instant());
    }

    /** A reviewer approves a submitted revision they did not write. */
    @Transactional
    public void approve(UserAccount reviewer, long revisionId, String notes) {
        WorkflowRow row = row(revisionId);
        ReviewerProfile profile = reviewerProfile(reviewer, row);
        move(row, reviewer, "revision.approved", notes, WorkflowState.SUBMITTED);
        LocalDate today = LocalDate.now(clock);
        ArticleRow article = articles.findBySlug(row.slug()).orElseThrow();
        MedicalReview review = new MedicalReview(profile.name(), profile.credentials(), profile.specialty(), today,
                policy.nextReviewDue(today, article.contentType()));
        articles.insertApprovingReview(revisionId, review, profile.id(), notes, clock.instant());
        workflow.setState(revisionId, WorkflowState.APPROVED, null, clock.instant());
    }

    /** A reviewer sends a submitted revision back with comments. */
    @Transactional
    public void requestChanges(UserAccount reviewer, long revisionId, String comments) {
        if (comments == null || comments.isBlank()) {
            throw new WorkflowException("workflow.commentsRequired");
        }
        WorkflowRow row = row(revisionId);
        ReviewerProfile profile = reviewerProfile(reviewer, row);
        move(row, reviewer, "revision.changesRequested", comments, WorkflowState.SUBMITTED);
        LocalDate today = LocalDate.now(clock);
        articles.insertReview(revisionId, new MedicalReview(profile.name(), profile.credentials(), profile.specialty(),
                today, today.plusDays(1)), profile.id(), "changes-requested", comments, clock.instant());
        workflow.setState(revisionId, WorkflowState.CHANGES_REQUESTED, null, clock.instant());
    }

    /**
     * An editor publishes an approved revision now ({@code at} null or past) or schedules it.
     * A revision above the configured reading grade needs {@code overrideReason}.
     */
    @Transactional
    public void publish(UserAccount editor, long revisionId, Instant at, String overrideReason) {
        require(editor, Role.EDITOR);
        WorkflowRow row = row(revisionId);
        if (row.state() != WorkflowState.APPROVED && row.state() != WorkflowState.SCHEDULED) {
            throw new WorkflowException("workflow.notApproved");
        }
        double grade = readingGrade(revisionId);
        String override = null;
        if (grade > maxReadingGrade) {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new WorkflowException("workflow.readabilityOverride");
            }
            override = String.format("reading grade %.1f above %.1f: %s", grade, maxReadingGrade, overrideReason.strip());
        }
        if (at != null && at.isAfter(clock.instant())) {
            workflow.setState(revisionId, WorkflowState.SCHEDULED, at, clock.instant());
            audit.record(editor.username(), "revision.scheduled", row.articleId(), null, revisionId,
                    "for " + at + (override == null ? "" : "; " + override));
            return;
        }
        publishNow(editor.username(), row, override);
    }

    /** Publishes scheduled revisions whose time has come; runs every 30 seconds. */
    @Scheduled(fixedDelayString = "${salus.review.schedule-check:PT30S}")
    @Transactional
    public void publishDue() {
        for (WorkflowRow row : workflow.scheduledDue(clock.instant())) {
            publishNow("scheduler", row, null);
        }
    }

    private void publishNow(String actor, WorkflowRow row, String override) {
        ArticleRow article = articles.findBySlug(row.slug()).orElseThrow();
        Long previous = article.publishedRevisionId();
        writer.publish(article, row.revisionId()); // refuses a revision without an approving review
        workflow.setState(row.revisionId(), WorkflowState.PUBLISHED, null, clock.instant());
        if (previous != null && previous != row.revisionId()) {
            workflow.setState(previous, WorkflowState.SUPERSEDED, null, clock.instant());
        }
        audit.record(actor, "revision.published", row.articleId(), previous, row.revisionId(), override);
    }

    /** "Reviewed, no changes needed": a new review of the live text moves the next due date. */
    @Transactional
    public void confirmReview(UserAccount reviewer, String slug, String notes) {
        require(reviewer, Role.REVIEWER);
        ArticleRow article = articles.findBySlug(slug).orElseThrow(() -> new WorkflowException("workflow.noArticle"));
        if (article.publishedRevisionId() == null) {
            throw new WorkflowException("workflow.notPublished");
        }
        ReviewerProfile profile = profiles.findByUserId(reviewer.id())
                .orElseThrow(() -> new WorkflowException("workflow.noReviewerProfile"));
        LocalDate today = LocalDate.now(clock);
        writer.confirmReview(article, new MedicalReview(profile.name(), profile.credentials(), profile.specialty(),
                today, policy.nextReviewDue(today, article.contentType())), profile.id(), notes);
        audit.record(reviewer.username(), "review.confirmed", article.id(), article.publishedRevisionId(),
                article.publishedRevisionId(), notes);
    }

    /** Takes an article off the site (410 Gone); every revision and review is kept. */
    @Transactional
    public void retire(UserAccount editor, String slug, String reason) {
        require(editor, Role.EDITOR);
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("workflow.reasonRequired");
        }
        ArticleRow article = articles.findBySlug(slug).orElseThrow(() -> new WorkflowException("workflow.noArticle"));
        writer.retire(article, reason.strip());
        audit.record(editor.username(), "article.retired", article.id(), article.publishedRevisionId(), null, reason);
    }

    /** Copies an old revision's content into a new draft on top of the newest revision. */
    @Transactional
    public long restoreAsDraft(UserAccount user, long revisionId) {
        require(user, Role.WRITER, Role.EDITOR);
        RevisionDraft old = articles.loadDraft(revisionId).orElseThrow(() -> new WorkflowException("workflow.noRevision"));
        ArticleRow article = articles.findBySlug(row(revisionId).slug()).orElseThrow();
        RevisionDraft copy = new RevisionDraft(old.title(), old.summary(), old.alsoCalled(), old.codes(), old.sources(),
                old.relatedSlugs(), old.sections(), user.displayName(), "Restored from revision " + revisionId,
                old.changeKind());
        return saveDraft(user, new ArticleIdentity(article.slug(), article.language(), article.contentType()), copy,
                workflow.latestRevisionNumber(article.id()));
    }

    /** The Flesch–Kincaid grade of a stored revision's text. */
    public double readingGrade(long revisionId) {
        List<Section> sections = articles.sectionsOfRevision(revisionId);
        return Readability.gradeOfHtml(String.join("\n", sections.stream().map(Section::html).toList()));
    }

    private WorkflowRow row(long revisionId) {
        return workflow.find(revisionId).orElseGet(() -> importedRow(revisionId));
    }

    /** A revision that came by import has no workflow row yet; it starts as a draft. */
    private WorkflowRow importedRow(long revisionId) {
        if (articles.loadDraft(revisionId).isEmpty()) {
            throw new WorkflowException("workflow.noRevision");
        }
        workflow.insert(revisionId, WorkflowState.DRAFT, null, clock.instant());
        return workflow.find(revisionId).orElseThrow();
    }

    private ReviewerProfile reviewerProfile(UserAccount reviewer, WorkflowRow row) {
        require(reviewer, Role.REVIEWER);
        if (Long.valueOf(reviewer.id()).equals(row.authorId())) {
            throw new WorkflowException("workflow.selfApproval");
        }
        return profiles.findByUserId(reviewer.id()).orElseThrow(() -> new WorkflowException("workflow.noReviewerProfile"));
    }

    private void move(WorkflowRow row, UserAccount user, String action, String detail, WorkflowState... allowedFrom) {
        if (!List.of(allowedFrom).contains(row.state())) {
            throw new WorkflowException("workflow.illegal." + row.state().code());
        }
        audit.record(user.username(), action, row.articleId(), null, row.revisionId(), detail);
    }

    private static void require(UserAccount user, Role... roles) {
        for (Role role : roles) {
            if (user.has(role)) {
                return;
            }
        }
        throw new WorkflowException("workflow.notAllowed");
    }
}
