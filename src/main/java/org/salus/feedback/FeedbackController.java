package org.salus.feedback;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salus.article.ArticleReader;
import org.salus.article.PublishedArticle;
import org.salus.article.Slugs;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.salus.web.SafetyProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reader's feedback pages. The article page is a file shared by every reader (static edition),
 * so it carries no CSRF token: its Yes/No buttons are a GET form and "Report a problem" a link,
 * both to these dynamic pages, which hold the token and the form. Only their POST stores anything.
 * A token-less POST from the article page was refused: it stores data, and a forged one (any site
 * making its visitors' browsers post "No") would skew the counts from thousands of addresses and use
 * up those readers' own limit.
 */
@Controller
class FeedbackController {

    private final ArticleReader articles;
    private final FeedbackSubmissions submissions;
    private final SafetyProperties safety;

    FeedbackController(ArticleReader articles, FeedbackSubmissions submissions, SafetyProperties safety) {
        this.articles = articles;
        this.submissions = submissions;
        this.safety = safety;
    }

    @GetMapping("/topics/{slug}/feedback")
    ModelAndView helpfulForm(
            @PathVariable String slug, @RequestParam(required = false) String helpful, PageContext requested) {
        PublishedArticle article = find(slug);
        return form(requested, article, false, FeedbackForm.helpful(helpful), Map.of(), HttpStatus.OK);
    }

    @GetMapping("/topics/{slug}/problem")
    ModelAndView problemForm(
            @PathVariable String slug, @RequestParam(required = false) String problem, PageContext requested) {
        PublishedArticle article = find(slug);
        return form(requested, article, true, FeedbackForm.problem(problem), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/topics/{slug}/feedback")
    ModelAndView sendHelpful(
            @PathVariable String slug,
            @ModelAttribute FeedbackForm form,
            PageContext requested,
            HttpServletRequest request,
            HttpServletResponse response) {
        return send(slug, false, form, requested, request, response);
    }

    @PostMapping("/topics/{slug}/problem")
    ModelAndView sendProblem(
            @PathVariable String slug,
            @ModelAttribute FeedbackForm form,
            PageContext requested,
            HttpServletRequest request,
            HttpServletResponse response) {
        return send(slug, true, form, requested, request, response);
    }

    /**
     * Both forms' POST: a bot (the hidden field filled) is thanked and nothing is stored; a form with
     * problems is shown again with them; else the submission is stored, refused or limited.
     */
    private ModelAndView send(
            String slug,
            boolean problem,
            FeedbackForm form,
            PageContext requested,
            HttpServletRequest request,
            HttpServletResponse response) {
        PublishedArticle article = find(slug);
        Map<String, String> errors = problem ? form.reportProblems() : form.helpfulProblems();
        if (form.isBot()) {
            return thanks(requested, article, problem, false);
        }
        if (!errors.isEmpty()) {
            return form(requested, article, problem, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        String from = request.getRemoteAddr();
        FeedbackSubmissions.Outcome outcome = problem
                ? submissions.problem(page(article), form, from)
                : submissions.helpful(page(article), form, from);
        return outcome(requested, article, problem, form, outcome, response);
    }

    private ModelAndView outcome(
            PageContext requested,
            PublishedArticle article,
            boolean problem,
            FeedbackForm form,
            FeedbackSubmissions.Outcome outcome,
            HttpServletResponse response) {
        PageContext ctx = requested.in(article.language());
        String field = problem ? "description" : "comment";
        if (outcome instanceof FeedbackSubmissions.Refused refused) {
            List<String> found =
                    refused.flags().stream().map(flag -> "flag." + flag.code()).toList();
            return view(
                    new FeedbackPages.Form(
                            ctx,
                            article.slug(),
                            article.title(),
                            problem,
                            form,
                            Map.of(field, "feedback.error.personalData"),
                            found,
                            0,
                            refused.urgent(),
                            safety(ctx)),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (outcome instanceof FeedbackSubmissions.Limited limited) {
            long seconds = Math.max(1, limited.retryAfter().toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            long minutes = Math.max(1, (seconds + 59) / 60);
            return view(
                    new FeedbackPages.Form(
                            ctx,
                            article.slug(),
                            article.title(),
                            problem,
                            form,
                            Map.of(),
                            List.of(),
                            minutes,
                            limited.urgent(),
                            safety(ctx)),
                    HttpStatus.TOO_MANY_REQUESTS);
        }
        return thanks(requested, article, problem, ((FeedbackSubmissions.Stored) outcome).urgent());
    }

    private ModelAndView form(
            PageContext requested,
            PublishedArticle article,
            boolean problem,
            FeedbackForm form,
            Map<String, String> errors,
            HttpStatus status) {
        PageContext ctx = requested.in(article.language());
        FeedbackForm shown = errors.isEmpty() ? form : form.withoutControlCharacters();
        return view(
                new FeedbackPages.Form(
                        ctx, article.slug(), article.title(), problem, shown, errors, List.of(), 0, false, safety(ctx)),
                status);
    }

    private ModelAndView thanks(PageContext requested, PublishedArticle article, boolean problem, boolean urgent) {
        PageContext ctx = requested.in(article.language());
        ModelAndView view = new ModelAndView("feedback/thanks");
        view.addObject(
                "page", new FeedbackPages.Thanks(ctx, article.slug(), article.title(), problem, urgent, safety(ctx)));
        return view;
    }

    private static ModelAndView view(FeedbackPages.Form page, HttpStatus status) {
        ModelAndView view = new ModelAndView("feedback/form", status);
        view.addObject("page", page);
        return view;
    }

    private SafetyProperties.Local safety(PageContext ctx) {
        return safety.forLocale(ctx.messages().locale());
    }

    private static FeedbackRepository.Page page(PublishedArticle article) {
        return new FeedbackRepository.Page(article.articleId(), article.slug(), article.title());
    }

    private PublishedArticle find(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("article");
        }
        return articles.published(slug).orElseThrow(() -> new NotFoundException("article"));
    }
}
