package org.salus.review;

import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.salus.account.CurrentUser;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.Question;
import org.salus.article.RevisionDraft;
import org.salus.article.Section;
import org.salus.article.SectionReviews;
import org.salus.article.StoredRevisions;
import org.salus.article.TopicView;
import org.salus.quality.ArticleQuality;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A stored revision as readers would see it, with its readability and the workflow actions the
 * signed-in person may take; each action is a small form, so it all works without JavaScript.
 */
@Controller
class RevisionController {

    private final EditorialWorkflow workflow;
    private final EditorialQueries queries;
    private final StoredRevisions articles;
    private final CurrentUser currentUser;
    private final DraftPreview preview;
    private final TranslationChecker translations;
    private final double maxGrade;
    private final SectionReviews sectionReviews;
    private final ReviewedSections reviewedSections;
    private final ArticleQuality quality;

    RevisionController(
            EditorialWorkflow workflow,
            EditorialQueries queries,
            StoredRevisions articles,
            CurrentUser currentUser,
            DraftPreview preview,
            TranslationChecker translations,
            ReviewProperties settings,
            SectionReviews sectionReviews,
            ReviewedSections reviewedSections,
            ArticleQuality quality) {
        this.sectionReviews = sectionReviews;
        this.reviewedSections = reviewedSections;
        this.quality = quality;
        this.preview = preview;
        this.translations = translations;
        this.workflow = workflow;
        this.queries = queries;
        this.articles = articles;
        this.currentUser = currentUser;
        this.maxGrade = settings.maxReadingGrade();
    }

    @GetMapping("/editor/revisions/{id}")
    String revision(
            @PathVariable long id,
            @RequestParam(required = false) String problem,
            Principal principal,
            PageContext ctx,
            Model model) {
        WorkflowRow row = queries.find(id).orElseThrow(() -> new NotFoundException("revision"));
        ArticleRow article = articles.findBySlug(row.slug()).orElseThrow();
        RevisionDraft draft = articles.loadDraft(id).orElseThrow();
        List<Section> sections = articles.sectionsOfRevision(id);
        List<Question> questions = articles.questionsOfRevision(id);
        TopicView view = preview.of(
                new ArticleIdentity(article.slug(), article.language(), article.contentType()),
                id,
                draft,
                sections,
                questions,
                articles.findApprovingReview(id).orElse(null),
                ctx.baseUrl());
        UserAccount user = currentUser.of(principal);
        model.addAttribute(
                "page",
                new EditorPages.Revision(
                        ctx,
                        user,
                        article,
                        row,
                        view,
                        preview.check(questions),
                        EditorPages.wholeScore(sections, questions),
                        EditorPages.SectionScore.of(sections, questions),
                        maxGrade,
                        queries.wroteText(user, id),
                        translations
                                .check(article, draft.summary(), sections, questions)
                                .orElse(null),
                        WorkflowRedirects.problemKey(problem),
                        ReviewNotes.of(article, id, sections, sectionReviews.commentsOfRound(id)),
                        quality.panel(article.language(), draft.title(), draft.summary(), sections)));
        return "editor/revision";
    }

    @PostMapping("/editor/revisions/{id}/submit")
    String submit(@PathVariable long id, Principal principal) {
        return act(id, () -> workflow.submit(user(principal), id));
    }

    @PostMapping("/editor/revisions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String notes, Principal principal) {
        return act(
                id,
                () -> workflow.approve(
                        user(principal),
                        id,
                        notes.isBlank() ? null : NoteLimits.notes(notes).strip()));
    }

    @PostMapping("/editor/revisions/{id}/request-changes")
    String requestChanges(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comments,
            @RequestParam(defaultValue = "") String section,
            Principal principal) {
        return act(id, () -> workflow.requestChanges(user(principal), id, NoteLimits.notes(comments), section));
    }

    @PostMapping("/editor/revisions/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String at,
            @RequestParam(defaultValue = "") String override,
            @RequestParam(defaultValue = "") String qualityReason,
            Principal principal,
            PageContext ctx) {
        Instant when;
        try {
            // The form's datetime-local value is a time in the site's zone; it is stored in UTC.
            when = at.isBlank() ? null : ctx.dates().parseLocal(at);
        } catch (DateTimeParseException e) {
            return "redirect:/editor/revisions/" + id + "?problem=badTime";
        }
        return act(id, () -> workflow.publish(user(principal), id, when, override, NoteLimits.reason(qualityReason)));
    }

    @PostMapping("/editor/revisions/{id}/restore")
    String restore(@PathVariable long id, Principal principal) {
        try {
            return "redirect:/editor/revisions/" + workflow.restoreAsDraft(user(principal), id);
        } catch (WorkflowException e) {
            return WorkflowRedirects.refused("/editor/revisions/" + id, e);
        }
    }

    @PostMapping("/editor/articles/{slug}/confirm-review")
    String confirmReview(
            @PathVariable String slug, @RequestParam(defaultValue = "") String notes, Principal principal) {
        return articleAct(
                slug,
                () -> workflow.confirmReview(
                        user(principal),
                        slug,
                        notes.isBlank() ? null : NoteLimits.notes(notes).strip()));
    }

    /** "Confirm this section is still accurate", from the article's desk. */
    @PostMapping("/editor/articles/{slug}/confirm-section")
    String confirmSection(
            @PathVariable String slug, @RequestParam(defaultValue = "") String section, Principal principal) {
        return articleAct(slug, () -> reviewedSections.confirm(user(principal), slug, section));
    }

    @PostMapping("/editor/articles/{slug}/retire")
    String retire(@PathVariable String slug, @RequestParam(defaultValue = "") String reason, Principal principal) {
        return articleAct(slug, () -> workflow.retire(user(principal), slug, NoteLimits.reason(reason)));
    }

    private String act(long id, Runnable step) {
        return WorkflowRedirects.act("/editor/revisions/" + id, step);
    }

    private String articleAct(String slug, Runnable step) {
        if (!org.salus.article.Slugs.isValid(slug)) {
            throw new NotFoundException("article");
        }
        return WorkflowRedirects.act("/editor/articles/" + slug, step);
    }

    private UserAccount user(Principal principal) {
        return currentUser.of(principal);
    }
}
