package org.salus.home;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.article.ArticleReader;
import org.salus.article.Teaser;
import org.salus.article.TopicIndex;
import org.salus.web.HttpCaching;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: featured topics ({@code salus.home.featured}), a topic finder and A–Z links. */
@Controller
class HomeController {

    private static final int TEASER_LENGTH = 140;

    private final ArticleReader reader;
    private final List<String> featuredSlugs;

    HomeController(ArticleReader reader, HomeProperties settings) {
        this.reader = reader;
        this.featuredSlugs = settings.featured();
    }

    @GetMapping("/")
    String home(PageContext ctx, Model model, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        // A featured slug that is not (or no longer) published is skipped, not an error.
        List<HomePage.Featured> featured = featuredSlugs.stream()
                .map(String::strip)
                .map(reader::published)
                .flatMap(Optional::stream)
                .map(a -> HomePage.Featured.of(a, Teaser.cut(a.summary(), TEASER_LENGTH)))
                .toList();
        model.addAttribute("page", new HomePage(ctx, featured, TopicIndex.lettersWithEntries(reader.topicIndex())));
        return "home/home";
    }
}
