package org.salus.search;

import java.util.List;
import java.util.Map;

/**
 * What one search found: a page of hits, the counts per kind and language, and what the search
 * did with the reader's words.
 *
 * @param query        the words searched for, after cleaning (at most {@link QueryPlanner#MAX_CHARS})
 * @param terms        dictionary terms shown in a block of their own beside the list (on the first page,
 *                     when the query names an article); empty when terms are in the list
 * @param total        every hit in the list with the chosen filters, exact duplicates counted once when
 *                     ranked (only the first {@link Search#MAX_PAGE} pages are shown)
 * @param didYouMean   the query with misspelt words corrected, or null
 * @param expandedWith other names the query was widened with (synonyms), for the page to say so
 * @param notices      message keys: what was left out of a long query, why nothing was searched
 */
public record SearchResults(
        String query,
        String kind,
        String language,
        List<Hit> hits,
        List<Hit> terms,
        long total,
        int page,
        int pages,
        Map<String, Long> kinds,
        Map<String, Long> languages,
        String didYouMean,
        List<String> expandedWith,
        List<String> notices) {

    /**
     * One result. {@code snippetHtml} is HTML-escaped text with {@code <mark>} around matched words;
     * {@code source} is a syndicated article's attribution, null for the site's own pages and terms;
     * {@code alsoFrom} who else published exactly this page (folded into this result), the site's own
     * copy as null.
     */
    public record Hit(
            String title,
            String url,
            String kind,
            String type,
            String language,
            String snippetHtml,
            String source,
            List<String> alsoFrom) {

        /** The message key of the kind of page: its content type, or "Dictionary". */
        public String typeKey() {
            return Searchable.Kind.TERM.code().equals(kind) ? "search.kind.term" : "contentType." + type;
        }
    }

    /** Before anything is asked: no query, no hits. */
    static SearchResults none() {
        return new SearchResults(
                "", null, null, List.of(), List.of(), 0, 1, 0, Map.of(), Map.of(), null, List.of(), List.of());
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    public long count(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }
}
