package org.salus.quiz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salus.article.ArticleReader;
import org.salus.article.ContentType;
import org.salus.article.PublishedArticle;
import org.salus.article.ReviewPolicy;
import org.salus.article.Slugs;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.GoneException;
import org.salus.web.HttpCaching;
import org.salus.web.MovedPermanentlyException;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The reader's quiz pages. Taking a quiz is one plain form: it works without JavaScript, and the
 * answers are scored and shown in the response to the POST, never stored, so no cookie, session or
 * personal data is involved (see docs/quizzes.md).
 */
@Controller
class QuizController {

    private final ArticleReader reader;
    private final ReviewPolicy policy;
    private final Clock clock;

    QuizController(ArticleReader reader, ReviewPolicy policy, Clock clock) {
        this.reader = reader;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/quizzes")
    String index(PageContext ctx, Model model, HttpServletResponse response) {
        return index("en", ctx, model, response);
    }

    /** The Spanish quizzes (docs/languages.md). */
    @GetMapping("/es/quizzes")
    String spanishIndex(PageContext ctx, Model model, HttpServletResponse response) {
        return index("es", ctx, model, response);
    }

    /**
     * One language's quizzes, so the two lists never mix. The same for every reader (the quiz
     * form carries no CSRF token), so shared caches may keep it like the A–Z.
     */
    private String index(String language, PageContext requested, Model model, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(List.of(CdnKeys.quizzes(language)));
        PageContext ctx = requested.in(language).withTwin("/quizzes");
        model.addAttribute("page", new QuizPages.IndexPage(ctx, reader.quizIndex(language)));
        return "quiz/index";
    }

    @GetMapping("/quizzes/{slug}")
    String quiz(@PathVariable String slug, PageContext requested, Model model, HttpServletResponse response) {
        PublishedArticle quiz = find(slug, true);
        HttpCaching.cachePublicly(response); // the form posts no token: one page for every reader
        SurrogateKeys.tag(quiz.cdnKeys()); // the quiz and the articles it links
        PageContext ctx = requested.in(quiz.language()); // the page speaks its quiz's language
        String jsonLd =
                QuizJsonLd.of(quiz, topics(quiz), ctx.baseUrl(), ctx.site().name());
        model.addAttribute("page", new QuizPages.QuizPage(ctx, quiz, overdue(quiz), jsonLd));
        return "quiz/quiz";
    }

    @PostMapping("/quizzes/{slug}")
    String score(@PathVariable String slug, HttpServletRequest request, PageContext requested, Model model) {
        PublishedArticle quiz = find(slug, false);
        PageContext ctx = requested.in(quiz.language());
        QuizScore.Result result = QuizScore.score(quiz.questions(), request.getParameterMap());
        model.addAttribute("page", new QuizPages.ResultsPage(ctx, quiz, overdue(quiz), result));
        return "quiz/results";
    }

    /** The published articles the quiz is about (its {@code related}), from the cache. */
    private List<PublishedArticle> topics(PublishedArticle quiz) {
        return quiz.related().stream()
                .map(related -> reader.published(related.slug()))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The published quiz at {@code slug}: 410 when it was retired, 404 when there is none (or the
     * article is no quiz); a former slug moves to the current one for a page view, while answers
     * sent to a former address are refused like any other unknown quiz.
     */
    private PublishedArticle find(String slug, boolean followRenames) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("quiz");
        }
        PublishedArticle article = reader.published(slug).orElse(null);
        if (article != null && article.contentType() == ContentType.QUIZ) {
            return article;
        }
        if (article == null) {
            reader.retiredLanguage(slug).ifPresent(language -> {
                throw new GoneException("quiz", language); // a retired Spanish quiz says so in Spanish
            });
        }
        if (article == null && followRenames) {
            reader.currentSlugFor(slug).ifPresent(current -> {
                throw new MovedPermanentlyException("/quizzes/" + current);
            });
        }
        throw new NotFoundException("quiz");
    }

    private boolean overdue(PublishedArticle quiz) {
        return quiz.review() != null && policy.showsOverdueNotice(quiz.review(), LocalDate.now(clock));
    }
}
