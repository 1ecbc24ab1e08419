package org.salus.article;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.HttpCaching;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The A–Z list of health topics, {@code /topics}, optionally one letter ({@code ?letter=D}) or
 * the topics whose names contain some words ({@code ?q=sugar}) until full search arrives.
 */
@Controller
class TopicIndexController {

    private final ArticleReader reader;

    TopicIndexController(ArticleReader reader) {
        this.reader = reader;
    }

    @GetMapping("/topics")
    String index(
            @RequestParam(required = false) String letter,
            @RequestParam(required = false) String q,
            PageContext ctx,
            Model model,
            HttpServletResponse response) {
        return render("en", letter, q, ctx, model, response);
    }

    /** The Spanish A–Z: Spanish articles only, in the Spanish alphabet (docs/languages.md). */
    @GetMapping("/es/topics")
    String spanishIndex(
            @RequestParam(required = false) String letter,
            @RequestParam(required = false) String q,
            PageContext ctx,
            Model model,
            HttpServletResponse response) {
        return render("es", letter, q, ctx, model, response);
    }

    /** One language's A–Z: its articles only, so the two lists never mix. */
    private String render(
            String language,
            String letter,
            String q,
            PageContext requested,
            Model model,
            HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(List.of(CdnKeys.topics(language)));
        PageContext ctx = requested.in(language).withTwin("/topics");
        String chosen = TopicIndex.chosenLetter(letter, language);
        String query = TopicIndex.query(q);
        List<IndexEntry> all = reader.topicIndex(language);
        List<IndexEntry> shown = all.stream()
                .filter(e -> chosen == null
                        || TopicIndex.letterOf(e.name(), language).equals(chosen))
                .filter(e -> query == null || matches(e, query))
                .toList();
        model.addAttribute(
                "page",
                new TopicIndexPage(
                        ctx,
                        chosen,
                        query,
                        TopicIndex.lettersWithEntries(all, language),
                        TopicIndex.group(shown, Locale.forLanguageTag(ctx.lang()))));
        return "topic/index";
    }

    /** Every word of the query appears in the entry's name. */
    private static boolean matches(IndexEntry entry, String query) {
        String haystack = entry.name().toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
