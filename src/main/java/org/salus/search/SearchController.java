package org.salus.search;

import java.util.List;

import org.salus.web.PageContext;
import org.salus.web.SiteProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=} for readers, and {@code /search/suggest?q=} for the search box's type-ahead;
 * their Spanish twins {@code /es/search} and {@code /es/search/suggest} (docs/search.md): the same
 * search, Spanish around the results, with the Spanish results first.
 */
@Controller
class SearchController {

    private final Search search;
    private final SiteProperties site;

    SearchController(Search search, SiteProperties site) {
        this.search = search;
        this.site = site;
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
        return render("en", q, type, lang, page, ctx, model);
    }

    /** The Spanish search page: Spanish labels, Spanish results before English ones. */
    @GetMapping("/es/search")
    String spanishSearch(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String page,
            PageContext ctx,
            Model model) {
        return render("es", q, type, lang, page, ctx, model);
    }

    /** {@code lang} filters the results to one language; {@code language} is the page's own. */
    private String render(
            String language, String q, String type, String lang, String page, PageContext requested, Model model) {
        PageContext spoken = requested.in(language);
        boolean asked = q != null && !q.isBlank();
        SearchResults results =
                asked ? search.search(q, type, lang, pageNumber(page), spoken.lang()) : SearchResults.none();
        // The switch goes to the same search in the other language, from its first page: the
        // two languages order the results differently, so page 3 here is not page 3 there.
        PageContext ctx =
                spoken.withTwin(SearchPage.address("/search", results.query(), results.kind(), results.language(), 1));
        model.addAttribute("page", new SearchPage(ctx, results, asked));
        return "search/results";
    }

    @GetMapping(value = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Suggestions> suggest(@RequestParam(required = false) String q) {
        return suggestions(q, "en");
    }

    /**
     * The Spanish pages' type-ahead: Spanish names first. A twin address rather than a parameter,
     * as for the pages: the address says the language, and {@code lang} on {@code /search} is
     * already a filter (only that language), which this is not.
     */
    @GetMapping(value = "/es/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Suggestions> spanishSuggest(@RequestParam(required = false) String q) {
        return suggestions(q, "es");
    }

    private ResponseEntity<Suggestions> suggestions(String q, String readerLanguage) {
        String text = QueryPlanner.clean(q);
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic())
                .body(new Suggestions(
                        text, Suggestion.sourcesOfSharedTitles(search.suggest(text, readerLanguage), site.name())));
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
