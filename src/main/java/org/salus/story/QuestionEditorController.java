package org.salus.story;

import java.security.Principal;

import org.salus.article.ArticleRow;
import org.salus.article.Slugs;
import org.salus.article.StoredRevisions;
import org.salus.audit.AuditLog;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Writers and editors define the questions an article asks its readers. */
@Controller
class QuestionEditorController {

    private final StoredRevisions articles;
    private final QuestionRepository questions;
    private final StoryChanges changes;
    private final AuditLog audit;

    QuestionEditorController(
            StoredRevisions articles, QuestionRepository questions, StoryChanges changes, AuditLog audit) {
        this.articles = articles;
        this.questions = questions;
        this.changes = changes;
        this.audit = audit;
    }

    @GetMapping("/editor/articles/{slug}/questions")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) String problem,
            @RequestParam(required = false) String saved,
            PageContext ctx,
            Model model) {
        ArticleRow article = article(slug);
        String title = articles.revisionsOf(article.id()).get(0).title();
        model.addAttribute(
                "page",
                new StoryPages.QuestionsEditor(
                        ctx,
                        slug,
                        title,
                        questions.forArticle(article.id()),
                        problem == null ? null : "questions." + problem.replaceAll("[^a-zA-Z]", ""),
                        saved != null));
        return "story/questions";
    }

    @PostMapping("/editor/articles/{slug}/questions")
    @Transactional
    String save(
            @PathVariable String slug,
            @RequestParam(required = false) Long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String prompt,
            Principal user) {
        ArticleRow article = article(slug);
        String cleanTitle = title.strip();
        String cleanPrompt = prompt.strip();
        String back = "redirect:/editor/articles/" + slug + "/questions";
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200 || cleanPrompt.isEmpty() || cleanPrompt.length() > 1000) {
            return back + "?problem=invalid";
        }
        boolean done = id == null
                ? questions.add(article.id(), cleanTitle, cleanPrompt)
                : questions.update(id, article.id(), cleanTitle, cleanPrompt);
        if (!done) {
            return back + "?problem=taken";
        }
        audit.record(
                user.getName(),
                id == null ? "question.added" : "question.changed",
                article.id(),
                null,
                null,
                cleanTitle + ": " + cleanPrompt);
        changes.questions(article.id());
        return back + "?saved";
    }

    private ArticleRow article(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("article");
        }
        return articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article"));
    }
}
