package org.salus.search;

import java.util.List;

import org.salus.web.PageContext;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=} for readers, and {@code /search/suggest?q=} for the search box's type-ahead. */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    /** Any input is answered with a page: unknown filters and pages are ignored, never an error. */
    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String page,
            PageContext ctx,
            Model model) {
        boolean asked = q != null && !q.isBlank();
        SearchResults results = asked
                ? search.search(q, type, lang, pageNumber(page), ctx.lang())
                : new SearchResults(
                        "",
                        null,
                        null,
                        List.of(),
                        0,
                        1,
                        0,
                        java.util.Map.of(),
                        java.util.Map.of(),
                        null,
                        List.of(),
                        List.of());
        model.addAttribute("page", new SearchPage(ctx, results, asked));
        return "search/results";
    }

    @GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Suggestions> suggest(@RequestParam(required = false) String q) {
        String text = QueryPlanner.clean(q);
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
                .body(new Suggestions(text, search.suggest(text)));
    }

    /** The JSON of {@code /search/suggest}. */
    record Suggestions(String query, List<Suggestion> suggestions) {}

    private static int pageNumber(String page) {
        if (page == null || !page.matches("\\d{1,4}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }
}
