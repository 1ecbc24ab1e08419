package org.salus.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleStore;
import org.salus.article.ArticleWriter;
import org.salus.article.MedicalReview;
import org.salus.article.ReviewPolicy;
import org.salus.article.ReviewerProfile;
import org.salus.article.RevisionDraft;
import org.salus.article.StoredRevisions;
import org.salus.article.TranslationGroups;
import org.salus.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: a writer saves drafts and submits them; a medical reviewer who wrote none
 * of the revision's text approves it or requests changes; an editor publishes an approved revision
 * now or at a set time. The live revision stays live throughout. Every step is checked here (not
 * only in the web layer) and recorded in the audit log.
 */
@Service
public class EditorialWorkflow {

    private static final Logger log = LoggerFactory.getLogger(EditorialWorkflow.class);

    /** The name of scheduled publishing's row in the {@code shedlock} table. */
    public static final String PUBLISH_DUE_LOCK = "review.publish-due";

    private final StoredRevisions articles;
    private final ArticleStore store;
    private final ArticleWriter writer;
    private final RevisionWorkflowRepository workflow;
    private final ReviewRules rules;
    private final TextAuthors textAuthors;
    private final ReviewPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final TranslationGroups translations;
    private final double maxReadingGrade;
    private final QualityGate qualityGate;

    EditorialWorkflow(
            StoredRevisions articles,
            ArticleStore store,
            ArticleWriter writer,
            RevisionWorkflowRepository workflow,
            ReviewRules rules,
            TextAuthors textAuthors,
            ReviewPolicy policy,
            AuditLog audit,
            Clock clock,
            TranslationGroups translations,
            ReviewProperties settings,
            QualityGate qualityGate) {
        this.qualityGate = qualityGate;
        this.translations = translations;
        this.articles = articles;
        this.store = store;
        this.writer = writer;
        this.workflow = workflow;
        this.rules = rules;
        this.textAuthors = textAuthors;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.maxReadingGrade = settings.maxReadingGrade();
    }

    /**
     * Saves a new revision as a draft. {@code baseRevision} is the revision number the editor
     * started from (0 for a new article): if someone saved in between, nothing is overwritten and
     * the editor is told.
     */
    @Transactional
    public long saveDraft(UserAccount author, ArticleIdentity identity, RevisionDraft draft, int baseRevision) {
        rules.requireAuthor(author);
        Optional<ArticleRow> existing = articles.findBySlug(identity.slug());
        if (baseRevision == 0 && existing.isPresent()) {
            throw new WorkflowException("workflow.slugTaken");
        }
        ArticleRow article = existing.orElseGet(
                () -> writer.findOrCreate(identity.slug(), identity.language(), identity.contentType()));
        if (existing.isPresent() && workflow.latestRevisionNumber(article.id()) != baseRevision) {
            throw new WorkflowException("workflow.conflict");
        }
        long revision;
        try {
            revision =
                    writer.saveRevision(article, draft).orElseThrow(() -> new WorkflowException("workflow.noChange"));
        } catch (DuplicateKeyException e) {
            throw new WorkflowException("workflow.conflict"); // another save took the same revision number
        }
        workflow.insert(revision, WorkflowState.DRAFT, author.id(), clock.instant());
        audit.record(
                author.username(),
                "revision.saved",
                article.id(),
                article.publishedRevisionId(),
                revision,
                draft.changeKind().code() + ": " + draft.changeNote());
        return revision;
    }

    /**
     * Saves a draft as {@link #saveDraft(UserAccount, ArticleIdentity, RevisionDraft, int)} does, and
     * makes {@code original} (a slug, or none) the article this one translates. The link belongs to
     * the article, not the revision: it changes at once, and a save that changes only the link is
     * not refused as "no change".
     *
     * @return the new revision, or empty when only the link changed
     */
    @Transactional
    public Optional<Long> saveDraft(
            UserAccount author,
            ArticleIdentity identity,
            RevisionDraft draft,
            int baseRevision,
            Optional<String> original) {
        Long revision = null;
        try {
            revision = saveDraft(author, identity, draft, baseRevision);
        } catch (WorkflowException e) {
            if (!"workflow.noChange".equals(e.messageKey())) {
                throw e;
            }
        }
        ArticleRow article = articles.findBySlug(identity.slug()).orElseThrow();
        Long originalId = original.map(slug -> articles.findBySlug(slug)
                        .orElseThrow(() -> new WorkflowException("workflow.noArticle"))
                        .id())
                .orElse(null);
        boolean moved = translations.setOriginal(article.id(), originalId);
        if (moved
                && originalId != null
                && !translations
                        .translationsIn(originalId, article.language(), article.id())
                        .isEmpty()) {
            throw new WorkflowException("workflow.translationTaken"); // rolls the whole save back
        }
        if (moved) {
            audit.record(
                    author.username(),
                    "article.translationOf",
                    article.id(),
                    null,
                    revision,
                    original.map(slug -> "translation of " + slug).orElse("translates nothing"));
        } else if (revision == null) {
            throw new WorkflowException("workflow.noChange");
        }
        return Optional.ofNullable(revision);
    }

    @Transactional
    public void submit(UserAccount user, long revisionId) {
        WorkflowRow row = row(revisionId);
        move(row, user, WorkflowStep.SUBMIT, "revision.submitted", null);
    }

    /**
     * A reviewer approves a submitted revision with no text of theirs: they wrote none of the
     * revisions since the last approved one (nor of a revision it was restored from).
     */
    @Transactional
    public void approve(UserAccount reviewer, long revisionId, String notes) {
        WorkflowRow row = row(revisionId);
        ReviewerProfile profile = move(row, reviewer, WorkflowStep.APPROVE, "revision.approved", notes);
        LocalDate today = LocalDate.now(clock);
        ArticleRow article = articles.findBySlug(row.slug()).orElseThrow();
        MedicalReview review = new MedicalReview(
                profile.name(),
                profile.credentials(),
                profile.specialty(),
                today,
                policy.nextReviewDue(today, article.contentType()));
        store.insertApprovingReview(revisionId, review, profile.id(), notes, clock.instant());
    }

    /** A reviewer sends a submitted revision back with comments. */
    @Transactional
    public void requestChanges(UserAccount reviewer, long revisionId, String comments) {
        requestChanges(reviewer, revisionId, comments, null);
    }

    /**
     * A reviewer sends a submitted revision back with comments about one of its sections
     * ({@code sectionAnchor}), or about the whole article (null or blank).
     */
    @Transactional
    public void requestChanges(UserAccount reviewer, long revisionId, String comments, String sectionAnchor) {
        if (comments == null || comments.isBlank()) {
            throw new WorkflowException("workflow.commentsRequired");
        }
        String section = ReviewedSections.anchorIn(articles.sectionsOfRevision(revisionId), sectionAnchor);
        WorkflowRow row = row(revisionId);
        ReviewerProfile profile =
                move(row, reviewer, WorkflowStep.REQUEST_CHANGES, "revision.changesRequested", comments);
        LocalDate today = LocalDate.now(clock);
        store.insertReview(
                revisionId,
                new MedicalReview(profile.name(), profile.credentials(), profile.specialty(), today, today.plusDays(1)),
                profile.id(),
                "changes-requested",
                comments,
                section,
                clock.instant());
    }

    /**
     * An editor publishes an approved revision now ({@code at} null or past) or schedules it.
     * A revision above the configured reading grade needs {@code overrideReason}.
     */
    @Transactional
    public void publish(UserAccount editor, long revisionId, Instant at, String overrideReason) {
        publish(editor, revisionId, at, overrideReason, null);
    }

    /**
     * Publishes as {@link #publish(UserAccount, long, Instant, String)} does; a revision below the
     * configured quality score also needs {@code qualityReason}, which is stored and audited ({@link QualityGate}).
     */
    @Transactional
    public void publish(UserAccount editor, long revisionId, Instant at, String overrideReason, String qualityReason) {
        WorkflowRow row = row(revisionId);
        rules.check(editor, WorkflowStep.PUBLISH, row.state(), row.authorId());
        if (!writer.unsupportedQuestions(revisionId).isEmpty()) {
            throw new WorkflowException("workflow.quizUnsupported");
        }
        double grade = readingGrade(revisionId);
        String override = null;
        if (grade > maxReadingGrade) {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new WorkflowException("workflow.readabilityOverride");
            }
            override =
                    String.format("reading grade %.1f above %.1f: %s", grade, maxReadingGrade, overrideReason.strip());
        }
        override = joined(override, qualityGate.check(editor, row, qualityReason));
        if (at != null && at.isAfter(clock.instant())) {
            workflow.setState(revisionId, WorkflowState.SCHEDULED, at, clock.instant());
            audit.record(
                    editor.username(),
                    "revision.scheduled",
                    row.articleId(),
                    null,
                    revisionId,
                    "for " + at + (override == null ? "" : "; " + override));
            return;
        }
        publishNow(editor.username(), row, override);
    }

    /**
     * Publishes scheduled revisions whose time has come; runs every 30 seconds on one node of the
     * cluster at a time (ShedLock, see org.salus.jobs). The lock is held at most two minutes, far
     * above a run's milliseconds, so a node that dies holding it delays scheduled publishing by two
     * minutes at worst; it is released as soon as the run has committed (lockAtLeastFor 0), because
     * a run picks what is due by state, and the next node to run finds those revisions published.
     */
    @Scheduled(fixedDelayString = "${salus.review.schedule-check:" + ReviewProperties.SCHEDULE_CHECK + "}")
    @SchedulerLock(name = PUBLISH_DUE_LOCK, lockAtMostFor = "PT2M", lockAtLeastFor = "PT0S")
    @Transactional
    public void publishDue() {
        for (WorkflowRow row : workflow.scheduledDue(clock.instant())) {
            // A scheduled quiz whose "Read more" article was retired since stays scheduled (and
            // visible as such to editors) instead of failing every other due publication.
            List<String> unsupported = writer.unsupportedQuestions(row.revisionId()).stream()
                    .map(ArticleWriter::unsupported)
                    .toList();
            if (unsupported.isEmpty()) {
                publishNow("scheduler", row, null);
            } else {
                log.warn("Scheduled quiz revision {} not published: {}", row.revisionId(), unsupported);
            }
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
        workflow.supersedeOpenRevisionsBefore(row.articleId(), row.revisionNumber(), clock.instant());
        audit.record(actor, "revision.published", row.articleId(), previous, row.revisionId(), override);
    }

    /**
     * "Reviewed, no changes needed": a new review of the live text moves the next due date. Like
     * an approval, it is refused to anyone who wrote part of that text.
     */
    @Transactional
    public void confirmReview(UserAccount reviewer, String slug, String notes) {
        ReviewerProfile profile = rules.reviewerProfile(reviewer);
        ArticleRow article = articles.findBySlug(slug).orElseThrow(() -> new WorkflowException("workflow.noArticle"));
        if (article.publishedRevisionId() == null || articles.isRetired(slug)) {
            throw new WorkflowException("workflow.notPublished");
        }
        ReviewRules.requireNotAnAuthor(reviewer, textAuthors.of(article.publishedRevisionId()), "workflow.selfConfirm");
        LocalDate today = LocalDate.now(clock);
        writer.confirmReview(
                article,
                new MedicalReview(
                        profile.name(),
                        profile.credentials(),
                        profile.specialty(),
                        today,
                        policy.nextReviewDue(today, article.contentType())),
                profile.id(),
                notes);
        audit.record(
                reviewer.username(),
                "review.confirmed",
                article.id(),
                article.publishedRevisionId(),
                article.publishedRevisionId(),
                notes);
    }

    /** Takes an article off the site (410 Gone); every revision and review is kept. */
    @Transactional
    public void retire(UserAccount editor, String slug, String reason) {
        rules.requireEditor(editor);
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("workflow.reasonRequired");
        }
        ArticleRow article = articles.findBySlug(slug).orElseThrow(() -> new WorkflowException("workflow.noArticle"));
        if (articles.isRetired(slug)) {
            throw new WorkflowException("workflow.alreadyRetired");
        }
        writer.retire(article, reason.strip());
        audit.record(editor.username(), "article.retired", article.id(), article.publishedRevisionId(), null, reason);
    }

    /** Copies an old revision's content into a new draft on top of the newest revision. */
    @Transactional
    public long restoreAsDraft(UserAccount user, long revisionId) {
        rules.requireAuthor(user);
        RevisionDraft old =
                articles.loadDraft(revisionId).orElseThrow(() -> new WorkflowException("workflow.noRevision"));
        ArticleRow article = articles.findBySlug(row(revisionId).slug()).orElseThrow();
        RevisionDraft copy = new RevisionDraft(
                old.title(),
                old.summary(),
                old.alsoCalled(),
                old.codes(),
                old.sources(),
                old.relatedSlugs(),
                old.sections(),
                user.displayName(),
                "Restored from revision " + revisionId,
                old.changeKind(),
                old.questions());
        long restored = saveDraft(
                user,
                new ArticleIdentity(article.slug(), article.language(), article.contentType()),
                copy,
                workflow.latestRevisionNumber(article.id()));
        workflow.markRestoredFrom(restored, revisionId); // its writers stay authors of the restored text
        return restored;
    }

    /** The Flesch–Kincaid grade of a stored revision's text, a quiz's questions included. */
    public double readingGrade(long revisionId) {
        return Readability.gradeOfHtml(
                ReaderText.html(articles.sectionsOfRevision(revisionId), articles.questionsOfRevision(revisionId)));
    }

    private static String joined(String first, String second) {
        return first == null ? second : second == null ? first : first + "; " + second;
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

    /**
     * Checks {@code step} against the rules, records it and moves the revision; returns the
     * reviewer's profile for a review step (null otherwise).
     */
    private ReviewerProfile move(WorkflowRow row, UserAccount user, WorkflowStep step, String action, String detail) {
        ReviewerProfile profile = rules.check(
                user, step, row.state(), row.authorId(), step.isReview() ? textAuthors.of(row.revisionId()) : Set.of());
        audit.record(user.username(), action, row.articleId(), null, row.revisionId(), detail);
        workflow.setState(row.revisionId(), step.to(), null, clock.instant());
        return profile;
    }
}
