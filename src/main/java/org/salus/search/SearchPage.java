package org.salus.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.salus.web.PageContext;

/** The model of {@code search/results.jte}: the results and the addresses of facets and pages. */
public record SearchPage(PageContext ctx, SearchResults results, boolean asked) {

    public static final List<String> KINDS = List.of("article", "quiz", "term");
    public static final List<String> LANGUAGES = List.of("en", "es");

    /** The same search with another kind, language or page (null: none / the first). */
    public String link(String kind, String language, int page) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(results.query()));
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
        return "/search?q=" + encode(results.didYouMean());
    }

    public int firstShown() {
        return (results.page() - 1) * Search.PAGE_SIZE + 1;
    }

    public int lastShown() {
        return firstShown() + results.hits().size() - 1;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
