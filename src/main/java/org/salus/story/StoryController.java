package org.salus.story;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.article.ArticleReader;
import org.salus.article.PublishedArticle;
import org.salus.article.Slugs;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.salus.web.SafetyProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A question's page: its published stories, newest or most helpful first, and the form to add one. */
@Controller
class StoryController {

    static final int PAGE_SIZE = 10;

    private final QuestionRepository questions;
    private final StoryRepository stories;
    private final StorySubmissions submissions;
    private final StoryFeedback feedback;
    private final SafetyProperties safety;
    private final ArticleReader articles;

    StoryController(
            QuestionRepository questions,
            StoryRepository stories,
            StorySubmissions submissions,
            StoryFeedback feedback,
            SafetyProperties safety,
            ArticleReader articles) {
        this.articles = articles;
        this.feedback = feedback;
        this.safety = safety;
        this.questions = questions;
        this.stories = stories;
        this.submissions = submissions;
    }

    @GetMapping("/topics/{slug}/questions/{question}")
    String question(
            @PathVariable String slug,
            @PathVariable String question,
            @RequestParam(defaultValue = "newest") String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String thanked,
            @RequestParam(required = false) String alreadyVoted,
            @RequestParam(required = false) String reported,
            PageContext requested,
            Model model) {
        Question q = find(slug, question);
        PageContext ctx = requested.in(q.articleLanguage());
        String notice = thanked != null
                ? "stories.thankedVote"
                : alreadyVoted != null ? "stories.alreadyVoted" : reported != null ? "stories.reportedThanks" : null;
        model.addAttribute("page", page(ctx, q, sort, page, StoryForm.empty(), Map.of(), notice));
        return "story/question";
    }

    @PostMapping("/topics/{slug}/questions/{question}")
    ModelAndView submit(
            @PathVariable String slug,
            @PathVariable String question,
            @ModelAttribute StoryForm form,
            PageContext requested,
            HttpServletRequest request) {
        Question q = find(slug, question);
        PageContext ctx = requested.in(q.articleLanguage());
        Map<String, String> errors = form.problems();
        if (!errors.isEmpty() && !form.isBot()) {
            ModelAndView view = new ModelAndView("story/question", HttpStatus.UNPROCESSABLE_ENTITY);
            view.addObject("page", page(ctx, q, "newest", 1, form.withoutControlCharacters(), errors, null));
            return view;
        }
        StorySubmissions.Outcome outcome = submissions.submit(q, form, request.getRemoteAddr());
        ModelAndView view = new ModelAndView("story/submitted");
        view.addObject("page", new StoryPages.Submitted(ctx, q, outcome.urgent(), safety(ctx)));
        return view;
    }

    @PostMapping("/topics/{slug}/questions/{question}/stories/{id}/helpful")
    String helpful(
            @PathVariable String slug,
            @PathVariable String question,
            @PathVariable long id,
            HttpServletRequest request) {
        Question q = find(slug, question);
        boolean counted = feedback.helpful(id, request.getRemoteAddr());
        return "redirect:" + StoryPaths.question(q) + "?" + (counted ? "thanked" : "alreadyVoted") + "=" + id
                + "#story-" + id;
    }

    @PostMapping("/topics/{slug}/questions/{question}/stories/{id}/report")
    String report(
            @PathVariable String slug,
            @PathVariable String question,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request) {
        Question q = find(slug, question);
        feedback.report(id, request.getRemoteAddr(), reason.length() > 500 ? reason.substring(0, 500) : reason);
        return "redirect:" + StoryPaths.question(q) + "?reported=" + id;
    }

    private StoryPages.QuestionPage page(
            PageContext ctx,
            Question q,
            String sort,
            int page,
            StoryForm form,
            Map<String, String> errors,
            String notice) {
        boolean helpful = "helpful".equals(sort);
        int total = stories.countPublished(q.id());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Story> shown = stories.published(q.id(), helpful, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        return new StoryPages.QuestionPage(ctx, q, shown, helpful, current, pages, form, errors, notice, safety(ctx));
    }

    /** The crisis and emergency numbers for the page's language. */
    private SafetyProperties.Local safety(PageContext ctx) {
        return safety.forLocale(ctx.messages().locale());
    }

    private Question find(String slug, String question) {
        if (!Slugs.isValid(slug) || !Slugs.isValid(question)) {
            throw new NotFoundException("question");
        }
        // Under a Spanish topic, the 404 page is Spanish too.
        return questions.find(slug, question).orElseThrow(() -> new NotFoundException("question", languageOf(slug)));
    }

    /** The language of the published article at {@code slug}, or {@code null} when there is none. */
    private String languageOf(String slug) {
        return articles.published(slug).map(PublishedArticle::language).orElse(null);
    }
}
