package org.salus.story;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.article.Slugs;
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

/** A question's page: its published stories, newest or most helpful first, and the form to add one. */
@Controller
class StoryController {

    static final int PAGE_SIZE = 10;

    private final QuestionRepository questions;
    private final StoryRepository stories;
    private final StorySubmissions submissions;

    StoryController(QuestionRepository questions, StoryRepository stories, StorySubmissions submissions) {
        this.questions = questions;
        this.stories = stories;
        this.submissions = submissions;
    }

    @GetMapping("/topics/{slug}/questions/{question}")
    String question(@PathVariable String slug, @PathVariable String question,
            @RequestParam(defaultValue = "newest") String sort, @RequestParam(defaultValue = "1") int page,
            PageContext ctx, Model model) {
        Question q = find(slug, question);
        model.addAttribute("page", page(ctx, q, sort, page, StoryForm.empty(), Map.of()));
        return "story/question";
    }

    @PostMapping("/topics/{slug}/questions/{question}")
    ModelAndView submit(@PathVariable String slug, @PathVariable String question, @ModelAttribute StoryForm form,
            PageContext ctx, HttpServletRequest request) {
        Question q = find(slug, question);
        Map<String, String> errors = form.problems();
        if (!errors.isEmpty() && !form.isBot()) {
            ModelAndView view = new ModelAndView("story/question", HttpStatus.UNPROCESSABLE_ENTITY);
            view.addObject("page", page(ctx, q, "newest", 1, form, errors));
            return view;
        }
        StorySubmissions.Outcome outcome = submissions.submit(q, form, request.getRemoteAddr());
        ModelAndView view = new ModelAndView("story/submitted");
        view.addObject("page", new StoryPages.Submitted(ctx, q, outcome.urgent()));
        return view;
    }

    private StoryPages.QuestionPage page(PageContext ctx, Question q, String sort, int page, StoryForm form,
            Map<String, String> errors) {
        boolean helpful = "helpful".equals(sort);
        int total = stories.countPublished(q.id());
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Story> shown = stories.published(q.id(), helpful, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        return new StoryPages.QuestionPage(ctx, q, shown, helpful, current, pages, form, errors);
    }

    private Question find(String slug, String question) {
        if (!Slugs.isValid(slug) || !Slugs.isValid(question)) {
            throw new NotFoundException("question");
        }
        return questions.find(slug, question).orElseThrow(() -> new NotFoundException("question"));
    }
}
