package org.salus.article;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.HttpCaching;
import org.salus.web.PageContext;
import org.salus.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The A–Z list of health topics, {@code /topics}, optionally one letter ({@code ?letter=D}) or
 * the topics whose names contain some words ({@code ?q=sugar}) until full search arrives; in pages
 * of {@link #PAGE_SIZE} ({@code ?page=2}).
 */
@Controller
class TopicIndexController {

    /** Entries per A–Z page: about 30 KB of list, so a page stays far below 200 KB (docs/browse.md). */
    static final int PAGE_SIZE = 100;

    private final ArticleReader reader;

    TopicIndexController(ArticleReader reader) {
        this.reader = reader;
    }

    @GetMapping("/topics")
    String index(
            @RequestParam(required = false) String letter,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            PageContext ctx,
            Model model,
            HttpServletResponse response) {
        return render("en", new Asked(letter, q, page), ctx, model, response);
    }

    /** The Spanish A–Z: Spanish articles only, in the Spanish alphabet (docs/languages.md). */
    @GetMapping("/es/topics")
    String spanishIndex(
            @RequestParam(required = false) String letter,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            PageContext ctx,
            Model model,
            HttpServletResponse response) {
        return render("es", new Asked(letter, q, page), ctx, model, response);
    }

    /** One language's A–Z: its articles only, so the two lists never mix. */
    private String render(
            String language, Asked asked, PageContext requested, Model model, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(List.of(CdnKeys.topics(language)));
        PageContext ctx = requested.in(language).withTwin("/topics");
        String chosen = TopicIndex.chosenLetter(asked.letter(), language);
        String query = TopicIndex.query(asked.q());
        List<IndexEntry> all = reader.topicIndex(language);
        Locale locale = Locale.forLanguageTag(ctx.lang());
        List<IndexEntry> shown = TopicIndex.sorted(all, locale).stream()
                .filter(e -> chosen == null
                        || TopicIndex.letterOf(e.name(), language).equals(chosen))
                .filter(e -> query == null || matches(e, query))
                .toList();
        Paging<IndexEntry> paging = Paging.of(shown, asked.page(), PAGE_SIZE);
        model.addAttribute(
                "page",
                new TopicIndexPage(
                        ctx,
                        chosen,
                        query,
                        TopicIndex.lettersWithEntries(all, language),
                        TopicIndex.group(paging.items(), locale),
                        paging,
                        TopicIndex.titlesShared(all)));
        return "topic/index";
    }

    /** What the reader asked for: a letter, words to find, a page (each may be null). */
    private record Asked(String letter, String q, String page) {}

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
