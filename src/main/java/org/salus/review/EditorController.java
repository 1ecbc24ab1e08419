package org.salus.review;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salus.account.CurrentUser;
import org.salus.account.UserAccount;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.Question;
import org.salus.article.Section;
import org.salus.article.SectionReviews;
import org.salus.article.StoredRevisions;
import org.salus.article.TranslationGroups;
import org.salus.audit.AuditLog;
import org.salus.quality.ArticleQuality;
import org.salus.review.diff.RevisionDiff;
import org.salus.sources.SourceWatchReport;
import org.salus.web.BadRequestException;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The editorial dashboard, the article editor with preview, and an article's history and diffs. */
@Controller
class EditorController {

    private final EditorialWorkflow workflow;
    private final EditorialQueries queries;
    private final StoredRevisions articles;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final DraftPreview preview;
    private final ArticleWriter articleWriter;
    private final TranslationGroups translations;
    private final double maxGrade;
    private final SectionReviews sectionReviews;
    private final ArticleQuality quality;
    private final EntryChecking entry;
    private final SourceWatchReport sourceWatch;

    EditorController(
            EditorialWorkflow workflow,
            EditorialQueries queries,
            StoredRevisions articles,
            AuditLog audit,
            CurrentUser currentUser,
            DraftPreview preview,
            ArticleWriter articleWriter,
            TranslationGroups translations,
            ReviewProperties settings,
            SectionReviews sectionReviews,
            ArticleQuality quality,
            EntryChecking entry,
            SourceWatchReport sourceWatch) {
        this.sourceWatch = sourceWatch;
        this.sectionReviews = sectionReviews;
        this.quality = quality;
        this.entry = entry;
        this.translations = translations;
        this.preview = preview;
        this.articleWriter = articleWriter;
        this.maxGrade = settings.maxReadingGrade();
        this.workflow = workflow;
        this.queries = queries;
        this.articles = articles;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @GetMapping("/editor/articles/new")
    String newArticle(PageContext ctx, Model model) {
        ArticleForm empty = new ArticleForm(
                "",
                "",
                "condition",
                "",
                "",
                "",
                "",
                "",
                "",
                "## Overview {section=overview}\n\n",
                "First version.",
                "clinical",
                0);
        model.addAttribute("page", new EditorPages.Form(ctx, true, empty, Map.of(), null));
        model.addAttribute("entry", entry.fields(empty));
        return "editor/form";
    }

    @PostMapping("/editor/articles")
    ModelAndView create(
            @ModelAttribute ArticleForm form,
            @RequestParam(required = false) String preview,
            @RequestParam MultiValueMap<String, String> params,
            Principal principal,
            PageContext ctx) {
        return save(EntryFields.withRows(form, params), true, preview != null, principal, ctx);
    }

    @GetMapping("/editor/articles/{slug}/edit")
    String edit(@PathVariable String slug, PageContext ctx, Model model) {
        ArticleRow article = article(slug);
        int latest = queries.latestRevisionNumber(article.id());
        long newest = articles.revisionsOf(article.id()).get(0).id();
        ArticleForm form = ArticleForm.of(
                slug,
                article.contentType(),
                articles.loadDraft(newest).orElseThrow(),
                latest,
                translations.originalOf(article.id()).orElse(""));
        model.addAttribute(
                "page", new EditorPages.Form(ctx, false, form, Map.of(), null).withReviewNotes(reviewNotes(article)));
        model.addAttribute("entry", entry.fields(form));
        return "editor/form";
    }

    @PostMapping("/editor/articles/{slug}/edit")
    ModelAndView update(
            @PathVariable String slug,
            @ModelAttribute ArticleForm posted,
            @RequestParam(required = false) String preview,
            @RequestParam MultiValueMap<String, String> params,
            Principal principal,
            PageContext ctx) {
        article(slug);
        ArticleForm form = EntryFields.withRows(posted, params);
        ArticleForm fixed = new ArticleForm(
                slug,
                form.title(),
                form.contentType(),
                form.summary(),
                form.alsoCalled(),
                form.codes(),
                form.sources(),
                form.related(),
                form.translationOf(),
                form.body(),
                form.changeNote(),
                form.changeKind(),
                form.baseRevision());
        return save(fixed, false, preview != null, principal, ctx);
    }

    private ModelAndView save(
            ArticleForm form, boolean isNew, boolean previewOnly, Principal principal, PageContext ctx) {
        UserAccount user = currentUser.of(principal);
        ArticleForm.Result result = entry.parse(form, user.displayName());
        Map<String, String> errors = new HashMap<>(result.errors());
        if (result.valid()
                && result.draft().relatedSlugs().stream()
                        .anyMatch(s -> articles.findBySlug(s).isEmpty())) {
            errors.put("related", "form.related");
        }
        if (result.valid()
                && form.original().isPresent()
                && !isOriginal(form.original().get(), form.slug(), isNew)) {
            errors.put("translationOf", "form.translationOf");
        }
        if (!errors.isEmpty()) {
            return formView(
                    new EditorPages.Form(ctx, isNew, form, errors, null).withReviewNotes(notesOf(form, isNew)),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (previewOnly) {
            String language = isNew
                    ? "en"
                    : articles.findBySlug(form.slug()).map(ArticleRow::language).orElse("en");
            List<Section> sections = articleWriter.render(result.draft().sections(), language);
            List<Question> questions =
                    articleWriter.renderQuestions(result.draft().questions());
            return formView(
                    new EditorPages.Form(
                            ctx,
                            isNew,
                            form,
                            errors,
                            preview.of(result.identity(), 0, result.draft(), sections, questions, null, ctx.baseUrl()),
                            preview.check(questions),
                            EditorPages.wholeScore(sections, questions),
                            EditorPages.SectionScore.of(sections, questions),
                            maxGrade,
                            null,
                            notesOf(form, isNew),
                            quality.panel(
                                    language,
                                    result.draft().title(),
                                    result.draft().summary(),
                                    sections)),
                    HttpStatus.OK);
        }
        try {
            return workflow.saveDraft(user, result.identity(), result.draft(), form.baseRevision(), form.original())
                    .map(revision -> new ModelAndView("redirect:/editor/revisions/" + revision))
                    .orElseGet(() -> new ModelAndView("redirect:/editor/articles/"
                            + result.identity().slug())); // only the translation link changed

        } catch (WorkflowException e) {
            return formView(
                    new EditorPages.Form(ctx, isNew, form, errors, e.messageKey())
                            .withReviewNotes(notesOf(form, isNew)),
                    HttpStatus.CONFLICT);
        }
    }

    /** The comments for a form sent back: none for a new article (nor one whose slug is not taken yet). */
    private ReviewNotes notesOf(ArticleForm form, boolean isNew) {
        return isNew
                ? null
                : articles.findBySlug(form.slug()).map(this::reviewNotes).orElse(null);
    }

    /** The reviewers' comments of the article's newest revision, the one the form edits. */
    private ReviewNotes reviewNotes(ArticleRow article) {
        long newest = articles.revisionsOf(article.id()).get(0).id();
        return ReviewNotes.of(
                article, newest, articles.sectionsOfRevision(newest), sectionReviews.commentsOfRound(newest));
    }

    /**
     * "Translation of" names an existing article in another language than this one (a new article
     * is English: the form has no language field).
     */
    private boolean isOriginal(String original, String slug, boolean isNew) {
        String language = isNew
                ? "en"
                : articles.findBySlug(slug).map(ArticleRow::language).orElse("en");
        return articles.findBySlug(original)
                .filter(o -> !o.language().equals(language))
                .isPresent();
    }

    private ModelAndView formView(EditorPages.Form page, HttpStatus status) {
        ModelAndView view = new ModelAndView("editor/form", status);
        view.addObject("page", page);
        view.addObject("entry", entry.fields(page.form()));
        return view;
    }

    @GetMapping("/editor/articles/{slug}")
    String article(
            @PathVariable String slug,
            @RequestParam(required = false) String problem,
            Principal principal,
            PageContext ctx,
            Model model) {
        ArticleRow article = article(slug);
        var revisions = articles.revisionsOf(article.id());
        UserAccount user = currentUser.of(principal);
        boolean wroteLiveText =
                article.publishedRevisionId() != null && queries.wroteText(user, article.publishedRevisionId());
        model.addAttribute(
                "page",
                new EditorPages.Article(
                        ctx,
                        user,
                        article,
                        revisions.get(0).title(),
                        revisions,
                        queries.states(revisions),
                        audit.recent(article.id(), 50),
                        articles.isRetired(slug),
                        wroteLiveText,
                        WorkflowRedirects.problemKey(problem),
                        liveSections(article, slug),
                        sourceWatch.forArticle(article.id())));
        return "editor/article";
    }

    /** The live revision's sections and their own confirmation dates (none for an unpublished or retired article). */
    private LiveSections liveSections(ArticleRow article, String slug) {
        Long live = article.publishedRevisionId();
        if (live == null || articles.isRetired(slug)) {
            return LiveSections.NONE;
        }
        return new LiveSections(articles.sectionsOfRevision(live), sectionReviews.latestOf(live));
    }

    @GetMapping("/editor/articles/{slug}/diff")
    String diff(
            @PathVariable String slug,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            PageContext ctx,
            Model model) {
        if (from == null || to == null) { // "Compare" pressed without choosing both revisions
            throw new BadRequestException("error.compareChoose");
        }
        ArticleRow article = article(slug);
        var revisions = articles.revisionsOf(article.id());
        var older = revisions.stream()
                .filter(r -> r.id() == from)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("revision"));
        var newer = revisions.stream()
                .filter(r -> r.id() == to)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("revision"));
        var olderDraft = articles.loadDraft(from).orElseThrow();
        var newerDraft = articles.loadDraft(to).orElseThrow();
        model.addAttribute(
                "page",
                new EditorPages.Diff(
                        ctx,
                        article,
                        older,
                        newer,
                        RevisionDiff.compareField(olderDraft.title(), newerDraft.title()),
                        RevisionDiff.compareField(olderDraft.summary(), newerDraft.summary()),
                        RevisionDiff.compare(
                                articles.sectionsOfRevision(from),
                                articles.questionsOfRevision(from),
                                articles.sectionsOfRevision(to),
                                articles.questionsOfRevision(to))));
        return "editor/diff";
    }

    private ArticleRow article(String slug) {
        return articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article"));
    }
}
