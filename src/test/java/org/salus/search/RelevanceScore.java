package org.salus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Success@3 and mean reciprocal rank (over the first ten results) of a set of queries with their
 * acceptable answers, and the queries that missed, for the report.
 */
final class RelevanceScore {

    record Case(String query, String kind, Set<String> expected) {}

    /**
     * The addresses in the order a reader meets them, without the leading slash: the list, with the
     * dictionary block's terms (shown beside the top of the list when the query names an article)
     * side by side with its first results: first hit, first term, second hit, second term, and so on.
     */
    static List<String> seen(SearchResults results) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < Math.max(results.hits().size(), results.terms().size()); i++) {
            if (i < results.hits().size()) {
                urls.add(results.hits().get(i).url().substring(1));
            }
            if (i < results.terms().size()) {
                urls.add(results.terms().get(i).url().substring(1));
            }
        }
        return urls;
    }

    private int cases;
    private int top3;
    private double reciprocalRanks;
    private final List<String> misses = new ArrayList<>();

    void add(Case c, List<String> ranked) {
        cases++;
        int rank = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (c.expected().contains(ranked.get(i))) {
                rank = i + 1;
                break;
            }
        }
        if (rank > 0) {
            reciprocalRanks += 1.0 / rank;
        }
        if (rank >= 1 && rank <= 3) {
            top3++;
        } else {
            misses.add(String.format(
                    "  %-45s rank %s, got %s",
                    '"' + c.query() + '"', rank == 0 ? ">10" : rank, ranked.subList(0, Math.min(3, ranked.size()))));
        }
    }

    int cases() {
        return cases;
    }

    double successAt3() {
        return cases == 0 ? 0 : (double) top3 / cases;
    }

    double mrr() {
        return cases == 0 ? 0 : reciprocalRanks / cases;
    }

    String report(String name) {
        return String.format(
                "%s: %d queries, success@3 %.3f, MRR %.3f%n%s",
                name, cases, successAt3(), mrr(), String.join("\n", misses));
    }
}
