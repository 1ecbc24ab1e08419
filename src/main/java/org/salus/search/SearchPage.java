package org.salus.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.salus.web.PageContext;

/**
 * The model of {@code search/results.jte}: the results and the addresses of facets and pages, on
 * the search page of the context's language ({@code /search} or {@code /es/search}).
 */
public record SearchPage(PageContext ctx, SearchResults results, boolean asked) {

    public static final List<String> KINDS = List.of("article", "quiz", "term");
    public static final List<String> LANGUAGES = List.of("en", "es");

    /** The same search with another kind, language or page (null: none / the first). */
    public String link(String kind, String language, int page) {
        return address(ctx.sitePath("/search"), results.query(), kind, language, page);
    }

    public String pageLink(int page) {
        return link(results.kind(), results.language(), page);
    }

    public String kindLink(String kind) {
        return link(kind, results.language(), 1);
    }

    public String languageLink(String language) {
        return link(results.kind(), language, 1);
    }

    public String didYouMeanLink() {
        return ctx.sitePath("/search") + "?q=" + encode(results.didYouMean());
    }

    /**
     * The source a result names, or null. A syndicated result always names who published it: results
     * are in order of relevance, so same-titled pages need not sit together (or on one page), and
     * the meta line has room for it. The site's own article names the site only when another result
     * of this page has its title (three "High Blood Pressure" pages, one of them the site's).
     */
    public String sourceOf(SearchResults.Hit hit) {
        if (hit.source() != null) {
            return hit.source();
        }
        if (Searchable.Kind.TERM.code().equals(hit.kind())) {
            return null;
        }
        String title = hit.title().toLowerCase(Locale.ROOT);
        long sameTitle = results.hits().stream()
                .filter(other -> !Searchable.Kind.TERM.code().equals(other.kind()))
                .filter(other -> other.title().toLowerCase(Locale.ROOT).equals(title))
                .count();
        return sameTitle > 1 ? ctx.site().name() : null;
    }

    /** Who else published a folded result, the site itself named for its own copy: "NIDDK, via MedQuAD; Salus Health". */
    public String alsoFrom(SearchResults.Hit hit) {
        return hit.alsoFrom().stream()
                .map(source -> source == null ? ctx.site().name() : source)
                .distinct()
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public int firstShown() {
        return (results.page() - 1) * Search.PAGE_SIZE + 1;
    }

    public int lastShown() {
        return firstShown() + results.hits().size() - 1;
    }

    /**
     * The address of a search on the search page at {@code path}: just the page when nothing is
     * asked, else the query with its filters (null: none) and page (from 1).
     */
    static String address(String path, String query, String kind, String language, int page) {
        if ((query == null || query.isEmpty()) && kind == null && language == null) {
            return path;
        }
        StringBuilder url = new StringBuilder(path).append("?q=").append(encode(query));
        if (kind != null) {
            url.append("&type=").append(kind);
        }
        if (language != null) {
            url.append("&lang=").append(language);
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
