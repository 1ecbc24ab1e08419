package org.salus.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One type-ahead suggestion, as {@code /search/suggest} returns it.
 *
 * @param label  the title of the article or term
 * @param match  the other name the typed words matched ("HBP" for High Blood Pressure), or null
 * @param kind   {@code article}, {@code quiz} or {@code term}
 * @param source who published the page, shown only to tell apart pages of the list that share a title
 *               (a syndicated article's attribution, or the site's name for its own); null otherwise
 */
public record Suggestion(String label, String match, String kind, String type, String url, String source) {

    /**
     * The suggestions with a source only where two pages (articles or quizzes) share a label, such as
     * three imported "High Blood Pressure" pages; the site's own pages are named {@code siteName}.
     * Others keep no source: the list stays short.
     */
    static List<Suggestion> sourcesOfSharedTitles(List<Suggestion> suggestions, String siteName) {
        Map<String, Long> perLabel = suggestions.stream()
                .filter(Suggestion::isPage)
                .collect(Collectors.groupingBy(Suggestion::labelKey, Collectors.counting()));
        Function<Suggestion, Suggestion> named = s -> {
            boolean shared = s.isPage() && perLabel.getOrDefault(s.labelKey(), 0L) > 1;
            String source = shared ? (s.source == null ? siteName : s.source) : null;
            return new Suggestion(s.label, s.match, s.kind, s.type, s.url, source);
        };
        return suggestions.stream().map(named).toList();
    }

    private boolean isPage() {
        return !Searchable.Kind.TERM.code().equals(kind);
    }

    private String labelKey() {
        return label.toLowerCase(Locale.ROOT);
    }
}
