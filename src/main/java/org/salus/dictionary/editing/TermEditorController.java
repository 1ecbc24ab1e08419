package org.salus.dictionary.editing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salus.account.CurrentUser;
import org.salus.account.UserAccount;
import org.salus.article.MarkdownRenderer;
import org.salus.article.Slugs;
import org.salus.article.StoredRevisions;
import org.salus.audit.AuditLog;
import org.salus.dictionary.Dictionary;
import org.salus.dictionary.TermDraft;
import org.salus.review.NoteLimits;
import org.salus.review.WorkflowException;
import org.salus.review.WorkflowRedirects;
import org.salus.review.diff.FieldChange;
import org.salus.review.diff.RevisionDiff;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dictionary editor: write a term or a change to one, submit it for medical review, publish
 * it. Every action is a small form, so it all works without JavaScript; refusals from the
 * workflow come back as a notice on the page the action was taken from.
 */
@Controller
class TermEditorController {

    private final TermWorkflow workflow;
    private final TermRevisionRepository revisions;
    private final Dictionary dictionary;
    private final StoredRevisions articles;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    TermEditorController(
            TermWorkflow workflow,
            TermRevisionRepository revisions,
            Dictionary dictionary,
            StoredRevisions articles,
            AuditLog audit,
            CurrentUser currentUser) {
        this.workflow = workflow;
        this.revisions = revisions;
        this.dictionary = dictionary;
        this.articles = articles;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The desk; {@code term} (a name or slug) opens that term's page when it exists. */
    @GetMapping("/editor/dictionary")
    String desk(@RequestParam(required = false) String term, Principal principal, PageContext ctx, Model model) {
        String notice = null;
        if (term != null && !term.isBlank()) {
            String slug = Slugs.of(term);
            if (!slug.isEmpty() && dictionary.exists(slug)) {
                return "redirect:/editor/dictionary/terms/" + slug;
            }
            notice = "termEditor.notFound";
        }
        UserAccount user = currentUser.of(principal);
        model.addAttribute(
                "page",
                new TermEditorPages.Desk(
                        ctx,
                        user,
                        revisions.draftsBy(user.id()),
                        revisions.awaitingReview(),
                        revisions.approved(),
                        term,
                        notice));
        return "termeditor/desk";
    }

    @GetMapping("/editor/dictionary/new")
    String newTerm(PageContext ctx, Model model) {
        TermForm empty =
                new TermForm("", "en", "", "", "", "", "", "", "on", "Salus Health", "", "", "First version.", 0);
        model.addAttribute("page", new TermEditorPages.Form(ctx, true, empty, Map.of(), null));
        return "termeditor/form";
    }

    @PostMapping("/editor/dictionary/terms")
    ModelAndView create(@ModelAttribute TermForm form, Principal principal, PageContext ctx) {
        return save(form, true, principal, ctx);
    }

    /** Edits start from the newest revision if the term has one, else from the live term. */
    @GetMapping("/editor/dictionary/terms/{slug}/edit")
    String edit(@PathVariable String slug, PageContext ctx, Model model) {
        TermDraft newest = newest(slug);
        model.addAttribute(
                "page",
                new TermEditorPages.Form(
                        ctx, false, TermForm.of(newest, revisions.latestNumber(slug)), Map.of(), null));
        return "termeditor/form";
    }

    @PostMapping("/editor/dictionary/terms/{slug}/edit")
    ModelAndView update(
            @PathVariable String slug, @ModelAttribute TermForm form, Principal principal, PageContext ctx) {
        newest(slug);
        return save(form.at(slug), false, principal, ctx);
    }

    @GetMapping("/editor/dictionary/terms/{slug}")
    String history(
            @PathVariable String slug,
            @RequestParam(required = false) String problem,
            Principal principal,
            PageContext ctx,
            Model model) {
        TermDraft newest = newest(slug);
        model.addAttribute(
                "page",
                new TermEditorPages.History(
                        ctx,
                        currentUser.of(principal),
                        slug,
                        newest.name(),
                        dictionary.find(slug).isPresent(),
                        revisions.revisionsOf(slug),
                        audit.recentForTerm(slug, 50),
                        WorkflowRedirects.problemKey(problem)));
        return "termeditor/history";
    }

    @GetMapping("/editor/dictionary/revisions/{id}")
    String revision(
            @PathVariable long id,
            @RequestParam(required = false) String problem,
            Principal principal,
            PageContext ctx,
            Model model) {
        TermRevision revision = revisions.find(id).orElseThrow(() -> new NotFoundException("revision"));
        Optional<TermDraft> live = dictionary.draftOf(revision.slug());
        TermDraft before = live.orElse(null);
        TermDraft after = revision.draft();
        List<FieldChange> fields = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        field(fields, labels, "termForm.label.name", before == null ? null : before.name(), after.name());
        field(
                fields,
                labels,
                "termForm.label.pronunciation",
                before == null ? null : before.pronunciation(),
                after.pronunciation());
        field(
                fields,
                labels,
                "termForm.label.synonyms",
                before == null ? null : String.join("; ", before.synonyms()),
                String.join("; ", after.synonyms()));
        field(
                fields,
                labels,
                "termForm.label.relatedTerms",
                before == null ? null : String.join(" ", before.relatedTerms()),
                String.join(" ", after.relatedTerms()));
        field(
                fields,
                labels,
                "termForm.label.relatedArticles",
                before == null ? null : String.join(" ", before.relatedArticles()),
                String.join(" ", after.relatedArticles()));
        field(fields, labels, "termForm.label.source", before == null ? null : before.source(), after.source());
        field(fields, labels, "termForm.label.licence", before == null ? null : before.licence(), after.licence());
        field(
                fields,
                labels,
                "termForm.label.translationOf",
                before == null ? null : before.translationOf(),
                after.translationOf());
        field(
                fields,
                labels,
                "termForm.label.linkable",
                before == null ? null : String.valueOf(before.linkable()),
                String.valueOf(after.linkable()));
        UserAccount user = currentUser.of(principal);
        model.addAttribute(
                "page",
                new TermEditorPages.Revision(
                        ctx,
                        user,
                        revision,
                        markdown.render(after.definitionMarkdown()),
                        fields,
                        labels,
                        RevisionDiff.compareText(
                                before == null ? null : before.definitionMarkdown(), after.definitionMarkdown()),
                        before == null,
                        workflow.wroteText(user, id),
                        WorkflowRedirects.problemKey(problem)));
        return "termeditor/revision";
    }

    @PostMapping("/editor/dictionary/revisions/{id}/submit")
    String submit(@PathVariable long id, Principal principal) {
        return act(id, () -> workflow.submit(user(principal), id));
    }

    @PostMapping("/editor/dictionary/revisions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String notes, Principal principal) {
        return act(
                id,
                () -> workflow.approve(
                        user(principal),
                        id,
                        notes.isBlank() ? null : NoteLimits.notes(notes).strip()));
    }

    @PostMapping("/editor/dictionary/revisions/{id}/request-changes")
    String requestChanges(
            @PathVariable long id, @RequestParam(defaultValue = "") String comments, Principal principal) {
        return act(id, () -> workflow.requestChanges(user(principal), id, NoteLimits.notes(comments)));
    }

    @PostMapping("/editor/dictionary/revisions/{id}/publish")
    String publish(@PathVariable long id, Principal principal) {
        return act(id, () -> workflow.publish(user(principal), id));
    }

    @PostMapping("/editor/dictionary/terms/{slug}/retire")
    String retire(@PathVariable String slug, @RequestParam(defaultValue = "") String reason, Principal principal) {
        newest(slug);
        return WorkflowRedirects.act(
                "/editor/dictionary/terms/" + slug,
                () -> workflow.retire(user(principal), slug, NoteLimits.reason(reason)));
    }

    private ModelAndView save(TermForm form, boolean isNew, Principal principal, PageContext ctx) {
        TermForm.Result result = form.parse(
                dictionary::exists,
                slug -> dictionary
                        .draftOf(slug)
                        .filter(term -> term.language().equals("en"))
                        .isPresent(),
                slug -> articles.findBySlug(slug).isPresent());
        if (!result.valid()) {
            return formView(
                    new TermEditorPages.Form(ctx, isNew, form, result.errors(), null), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            long id = workflow.saveDraft(
                    user(principal), result.draft(), result.changeNote(), form.baseRevision(), isNew);
            return new ModelAndView("redirect:/editor/dictionary/revisions/" + id);
        } catch (WorkflowException e) {
            return formView(
                    new TermEditorPages.Form(ctx, isNew, form, new HashMap<>(), e.messageKey()), HttpStatus.CONFLICT);
        }
    }

    /** The newest text of a term: its newest revision, else the live (or retired) term; 404 if neither. */
    private TermDraft newest(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("term");
        }
        List<TermRevision> all = revisions.revisionsOf(slug);
        if (!all.isEmpty()) {
            return all.get(0).draft();
        }
        return dictionary.draftOf(slug).orElseThrow(() -> new NotFoundException("term"));
    }

    private static void field(List<FieldChange> fields, List<String> labels, String label, String older, String newer) {
        fields.add(RevisionDiff.compareField(older, newer));
        labels.add(label);
    }

    private static ModelAndView formView(TermEditorPages.Form page, HttpStatus status) {
        ModelAndView view = new ModelAndView("termeditor/form", status);
        view.addObject("page", page);
        return view;
    }

    private static String act(long id, Runnable step) {
        return WorkflowRedirects.act("/editor/dictionary/revisions/" + id, step);
    }

    private UserAccount user(Principal principal) {
        return currentUser.of(principal);
    }
}
