package org.salus.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.article.ArticleReader;
import org.salus.article.Teaser;
import org.salus.article.TopicIndex;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.HttpCaching;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: featured topics ({@code salus.home.featured}), one featured quiz
 * ({@code salus.home.featured-quiz} or the day's, see {@link FeaturedQuiz}), a topic finder and A–Z links;
 * and its Spanish twin {@code /es}: Spanish featured topics ({@code salus.home.featured-es}), the day's
 * Spanish quiz, and the Spanish A–Z's letters.
 */
@Controller
class HomeController {

    private static final int TEASER_LENGTH = 140;

    private final ArticleReader reader;
    private final List<String> featuredSlugs;
    private final List<String> featuredSpanish;
    private final String featuredQuiz;
    private final Clock clock;

    HomeController(ArticleReader reader, HomeProperties settings, Clock clock) {
        this.reader = reader;
        this.featuredSlugs = settings.featured();
        this.featuredSpanish = settings.featuredEs();
        this.featuredQuiz = settings.featuredQuiz();
        this.clock = clock;
    }

    @GetMapping("/")
    String home(PageContext ctx, Model model, HttpServletResponse response) {
        return render("en", featuredSlugs, featuredQuiz, ctx, model, response);
    }

    /** The Spanish home: Spanish topics, quizzes and A–Z only (docs/languages.md). */
    @GetMapping("/es")
    String spanishHome(PageContext ctx, Model model, HttpServletResponse response) {
        return render("es", featuredSpanish, null, ctx, model, response);
    }

    private String render(
            String language,
            List<String> slugs,
            String configuredQuiz,
            PageContext requested,
            Model model,
            HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(List.of(CdnKeys.home(language))); // every publication purges it (CdnKeys.articleLists)
        PageContext ctx = requested.in(language).withTwin("/");
        // A featured slug that is not (or no longer) published is skipped, not an error.
        List<HomePage.Featured> featured = slugs.stream()
                .map(String::strip)
                .map(reader::published)
                .flatMap(Optional::stream)
                .map(a -> HomePage.Featured.of(a, Teaser.cut(a.summary(), TEASER_LENGTH)))
                .toList();
        HomePage.Quiz quiz = FeaturedQuiz.choose(
                        reader.quizIndex(language),
                        configuredQuiz,
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .map(q -> new HomePage.Quiz(q.slug(), q.title(), Teaser.cut(q.summary(), TEASER_LENGTH)))
                .orElse(null);
        model.addAttribute(
                "page",
                new HomePage(
                        ctx, featured, quiz, TopicIndex.lettersWithEntries(reader.topicIndex(language), language)));
        return "home/home";
    }
}
