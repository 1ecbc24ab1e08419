package org.salus.article;

import java.util.List;
import java.util.Locale;

import org.salus.web.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
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

    static final int MAX_QUERY = 200;

    private final ArticleReader reader;

    TopicIndexController(ArticleReader reader) {
        this.reader = reader;
    }

    @GetMapping("/topics")
    String index(@RequestParam(required = false) String letter, @RequestParam(required = false) String q,
            PageContext ctx, Model model, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        String chosen = letter == null || letter.isBlank() ? null : letter.strip().toUpperCase(Locale.ROOT);
        if (chosen != null && !TopicIndex.LETTERS.contains(chosen)) {
            throw new BadRequestException("error.letter");
        }
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            throw new BadRequestException("error.queryTooLong");
        }
        List<IndexEntry> all = reader.index();
        List<IndexEntry> shown = all.stream()
                .filter(e -> chosen == null || TopicIndex.letterOf(e.name()).equals(chosen))
                .filter(e -> query == null || matches(e, query))
                .toList();
        model.addAttribute("page", new TopicIndexPage(ctx, chosen, query, TopicIndex.lettersWithEntries(all),
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
