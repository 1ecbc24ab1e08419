package org.salus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Service;

/**
 * Searches the index: results with escaped, highlighted snippets and facet counts, and
 * suggestions for type-ahead. Result windows are bounded ({@link #MAX_PAGE} pages of
 * {@link #PAGE_SIZE}).
 */
@Service
public class Search {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_PAGE = 50;
    /** The most hits ranked for one query: every page a reader can reach. */
    static final int MAX_WINDOW = PAGE_SIZE * MAX_PAGE;
    /** Dictionary terms score this much of an article with the same words: readers mostly want the article. */
    private static final float TERM_WEIGHT = 0.8f;

    static final int MAX_SUGGESTIONS = 8;
    /**
     * The stored fields a suggestion shows: not the body (stored for snippets, tens of kilobytes),
     * which reading the whole document would decode for each suggestion.
     */
    private static final java.util.Set<String> SUGGESTION_FIELDS = java.util.Set.of(
            Fields.TITLE_STORED, Fields.ALSO_STORED, Fields.KIND, Fields.TYPE, Fields.SLUG, Fields.SOURCE);

    private static final int SNIPPET_CHARS = 180;
    private static final int MAX_CHARS_HIGHLIGHTED = 10_000;

    private final SearchIndex index;
    private final QueryPlanner planner;

    Search(SearchIndex index) {
        this.index = index;
        this.planner = new QueryPlanner(index.analyzers());
    }

    /**
     * One page of results for {@code q}. {@code kind} ({@code article}, {@code quiz}, {@code term}) and
     * {@code language} ({@code en}, {@code es}) filter when not null; {@code page} counts from 1.
     * Unfiltered by language, every result in the reader's language ({@code readerLanguage}, when
     * given) comes before the others, each group in order of relevance: a Spanish reader sees the
     * Spanish pages first, an English reader the English ones, and the other language's matches after.
     */
    public SearchResults search(String q, String kind, String language, int page, String readerLanguage) {
        String chosenKind = kind != null && Searchable.Kind.fromCode(kind) != null ? kind : null;
        String chosenLanguage = language != null && Analyzers.LANGUAGES.contains(language) ? language : null;
        int wanted = Math.max(1, Math.min(MAX_PAGE, page));
        try {
            IndexSearcher searcher = index.acquire();
            if (searcher == null) {
                return empty(QueryPlanner.clean(q), chosenKind, chosenLanguage, List.of("search.notice.notReady"));
            }
            try {
                return search(searcher, q, chosenKind, chosenLanguage, wanted, readerLanguage);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults search(
            IndexSearcher searcher, String q, String kind, String language, int page, String readerLanguage)
            throws IOException {
        QueryPlanner.Plan plan = planner.plan(q, index.synonyms(), searcher.getIndexReader());
        if (plan.isEmpty()) {
            List<String> notices = new ArrayList<>(plan.notices());
            if (!plan.text().isEmpty()) {
                notices.add("search.notice.noWords");
            }
            return empty(plan.text(), kind, language, notices);
        }
        // Every match is counted (no scoring, cheap); only the hits a reader can page to next are
        // ranked, so Lucene can skip the documents that cannot reach them.
        FacetCounts facets = FacetCounts.of(searcher, plan.query());
        long total = facets.total(kind, language);
        int pages = (int) ((Math.min(total, MAX_WINDOW) + PAGE_SIZE - 1) / PAGE_SIZE);
        int shownPage = Math.max(1, Math.min(page, pages));
        ScoreDoc[] docs =
                ordered(searcher, plan.query(), kind, language, readerLanguage, facets, shownPage * PAGE_SIZE);
        List<SearchResults.Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = (shownPage - 1) * PAGE_SIZE; i < Math.min(docs.length, shownPage * PAGE_SIZE); i++) {
            hits.add(hit(stored.document(docs[i].doc), plan));
        }
        return new SearchResults(
                plan.text(),
                kind,
                language,
                hits,
                total,
                shownPage,
                pages,
                facets.kinds(),
                facets.languages(),
                plan.corrected(),
                plan.expansions(),
                plan.notices());
    }

    /**
     * At least the first {@code needed} hits (all of them when fewer match) in their final order:
     * the reader's language first when no language is chosen. Each group is ranked on its own
     * (a filter on the language), so a page that lies in one group ranks only that group, and
     * both groups' orders are each one order whatever the page: so is their concatenation.
     */
    private static ScoreDoc[] ordered(
            IndexSearcher searcher,
            Query query,
            String kind,
            String language,
            String readerLanguage,
            FacetCounts facets,
            int needed)
            throws IOException {
        if (language != null || readerLanguage == null) {
            return ranked(searcher, filtered(query, kind, language), needed);
        }
        long own = facets.total(kind, readerLanguage);
        // The language is kept by the collector, not by a filter in the query: see LanguageCollector.
        Query unfiltered = filtered(query, kind, null);
        ScoreDoc[] first =
                own == 0 ? new ScoreDoc[0] : ranked(searcher, unfiltered, needed, new Languages(readerLanguage, true));
        if (first.length >= needed) {
            return first;
        }
        // The reader's language has fewer hits than needed, and "first" holds them all.
        ScoreDoc[] rest = ranked(searcher, unfiltered, needed - first.length, new Languages(readerLanguage, false));
        ScoreDoc[] both = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, both, first.length, rest.length);
        return both;
    }

    /**
     * The best {@code needed} hits in their final order. Lucene ranks a window a page larger,
     * which is rescored (see {@link #reweighed}); the order is final when the last hit needed
     * still beats anything below the window could reach with the rescoring's bonus. Otherwise
     * the window doubles, up to {@link #MAX_WINDOW}. So every page is the same slice of one
     * order, although each request ranks only what it shows.
     */
    private static ScoreDoc[] ranked(IndexSearcher searcher, Query query, int needed) throws IOException {
        return ranked(searcher, query, needed, null);
    }

    /** As above, counting only the hits in (or, {@code keep} false, not in) one language when {@code languages} is set. */
    private static ScoreDoc[] ranked(IndexSearcher searcher, Query query, int needed, Languages languages)
            throws IOException {
        int window = Math.min(MAX_WINDOW, needed + PAGE_SIZE);
        while (true) {
            TopScoreDocCollector top = TopScoreDocCollector.create(window, window);
            searcher.search(query, languages == null ? top : new LanguageCollector(top, languages));
            TopDocs raw = top.topDocs();
            ScoreDoc[] docs = reweighed(searcher, raw).scoreDocs;
            if (raw.scoreDocs.length < window || window >= MAX_WINDOW) {
                return docs; // every hit was ranked, or as many as a reader can reach
            }
            float lowest = raw.scoreDocs[window - 1].score;
            ScoreDoc last = docs[needed - 1];
            // A hit below the window scores at most "lowest" (rescoring only lowers terms); on a tie
            // it comes later, as Lucene ranks lower document numbers first among equal scores,
            // unless "last" got there by another path than the same ranked score (a rescored term
            // meeting it exactly).
            if (last.score > lowest || (last.score == lowest && rankedScore(raw, last.doc) == lowest)) {
                return docs;
            }
            window = Math.min(MAX_WINDOW, window * 2);
        }
    }

    /** One language, kept ({@code keep}) or left out. */
    private record Languages(String language, boolean keep) {}

    /**
     * Ranks only the hits of one language (or of all others) by passing the rest by, rather than
     * by a language filter in the query. Lucene 9 ranks a query that is one flat disjunction with
     * its fastest scorer, which skips whole blocks of documents that cannot reach the top hits; a
     * filter beside it makes a conjunction led by the filter, which visits every document of the
     * language (most of the index) and scores each one the words match. The hits and their scores
     * are the same either way: a hit passed by here is never counted, so it never raises the bar
     * the others must beat. The hits left out are still scored before they are dropped: for the
     * reader's group that is the other language's few matches; the second group, where the reader's
     * language is left out, is ranked only when that language has fewer hits than the page needs.
     */
    private static final class LanguageCollector extends FilterCollector {

        private final BytesRef language;
        private final boolean keep;

        LanguageCollector(Collector in, Languages languages) {
            super(in);
            this.language = new BytesRef(languages.language());
            this.keep = languages.keep();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues languages = DocValues.getSorted(context.reader(), Fields.LANGUAGE);
            int wanted = languages.lookupTerm(language); // negative: no document of this segment has it
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    boolean inLanguage = wanted >= 0 && languages.advanceExact(doc) && languages.ordValue() == wanted;
                    if (inLanguage == keep) {
                        in.collect(doc);
                    }
                }
            };
        }
    }

    private static float rankedScore(TopDocs raw, int doc) {
        for (ScoreDoc hit : raw.scoreDocs) {
            if (hit.doc == doc) {
                return hit.score;
            }
        }
        return Float.NaN;
    }

    /**
     * The ranked hits rescored: dictionary terms' scores scaled by {@link #TERM_WEIGHT}. Done here on
     * the ranked window rather than in the query, so that the query stays one flat disjunction in
     * which Lucene can skip documents that cannot make the top.
     */
    private static TopDocs reweighed(IndexSearcher searcher, TopDocs docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] hits = new ScoreDoc[docs.scoreDocs.length];
        for (int i = 0; i < hits.length; i++) {
            hits[i] =
                    new ScoreDoc(docs.scoreDocs[i].doc, docs.scoreDocs[i].score); // the ranked scores stay as they were
        }
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc)); // doc values are read forwards
        int current = -1;
        SortedDocValues kind = null;
        for (ScoreDoc hit : byDoc) {
            int leaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (leaf != current) {
                current = leaf;
                kind = leaves.get(leaf).reader().getSortedDocValues(Fields.KIND);
            }
            int doc = hit.doc - leaves.get(leaf).docBase;
            if (Searchable.Kind.TERM.code().equals(value(kind, doc))) {
                hit.score *= TERM_WEIGHT;
            }
        }
        Arrays.sort(
                hits, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return new TopDocs(docs.totalHits, hits);
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc)
                ? values.lookupOrd(values.ordValue()).utf8ToString()
                : null;
    }

    private static Query filtered(Query query, String kind, String language) {
        if (kind == null && language == null) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (kind != null) {
            builder.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
        }
        if (language != null) {
            builder.add(new TermQuery(new Term(Fields.LANGUAGE, language)), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** The query's hits in any language but {@code language}. */
    private static Query excluding(Query query, String language) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.LANGUAGE, language)), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private SearchResults.Hit hit(Document doc, QueryPlanner.Plan plan) {
        String language = doc.get(Fields.LANGUAGE);
        return new SearchResults.Hit(
                doc.get(Fields.TITLE_STORED),
                kindOf(doc).path(doc.get(Fields.SLUG)),
                doc.get(Fields.KIND),
                doc.get(Fields.TYPE),
                language,
                snippet(doc, language, plan),
                doc.get(Fields.SOURCE));
    }

    /** The stored document's kind (an index without it is rebuilt: {@link SearchIndex#FORMAT}). */
    private static Searchable.Kind kindOf(Document doc) {
        Searchable.Kind kind = Searchable.Kind.fromCode(doc.get(Fields.KIND));
        return kind == null ? Searchable.Kind.ARTICLE : kind;
    }

    /**
     * The summary with the matched words marked, else the best passages of the body, else the
     * plain summary. Always HTML-escaped: the encoder escapes the stored text, only the
     * {@code <mark>} tags are markup.
     */
    private String snippet(Document doc, String language, QueryPlanner.Plan plan) {
        String summary = doc.get(Fields.SUMMARY_STORED);
        java.util.Set<String> terms = plan.highlightTerms().get(language);
        if (terms != null && !terms.isEmpty()) {
            Analyzer analyzer = index.analyzers().language(language);
            try {
                String summaryField = Fields.text(Fields.SUMMARY, language);
                Highlighter summaryHighlighter = highlighter(termsQuery(summaryField, terms), summaryField);
                summaryHighlighter.setTextFragmenter(new NullFragmenter());
                String marked = summaryHighlighter.getBestFragment(analyzer, summaryField, summary);
                if (marked != null) {
                    return marked;
                }
                String bodyField = Fields.text(Fields.BODY, language);
                String body = doc.get(bodyField);
                if (body != null) {
                    String[] fragments = highlighter(termsQuery(bodyField, terms), bodyField)
                            .getBestFragments(analyzer, bodyField, body, 2);
                    if (fragments.length > 0) {
                        return String.join(" … ", fragments);
                    }
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // fall through to the plain summary
            }
        }
        return SimpleHTMLEncoder.htmlEncode(summary == null ? "" : summary);
    }

    /**
     * The matched words alone, for marking: plain terms keep the highlighter from building an
     * in-memory index of every text to check phrases, by far the dearest part of a result page.
     */
    private static Query termsQuery(String field, java.util.Set<String> terms) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int added = 0;
        for (String term : terms) {
            if (added++ >= 64) {
                break;
            }
            builder.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private static Highlighter highlighter(Query query, String field) {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter highlighter =
                new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARS));
        highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_HIGHLIGHTED);
        return highlighter;
    }

    private static SearchResults empty(String text, String kind, String language, List<String> notices) {
        return new SearchResults(
                text, kind, language, List.of(), 0, 1, 0, Map.of(), Map.of(), null, List.of(), notices);
    }

    // ---- type-ahead --------------------------------------------------------------------------

    /**
     * Articles, quizzes and terms whose names start with the typed words, best first; those in the
     * reader's language ({@code readerLanguage}, when given) before the others, as on the results page.
     */
    public List<Suggestion> suggest(String q, String readerLanguage) {
        String text = QueryPlanner.clean(q);
        List<String> words = index.analyzers().words(text);
        if (words.isEmpty() || text.length() < 2) {
            return List.of();
        }
        if (words.size() > 6) {
            words = words.subList(0, 6);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String word : words) {
            String prefix = word.length() > 20 ? word.substring(0, 20) : word;
            builder.add(new TermQuery(new Term(Fields.PREFIX, prefix)), BooleanClause.Occur.MUST);
        }
        Query query = builder.build();
        try {
            IndexSearcher searcher = index.acquire();
            if (searcher == null) {
                return List.of();
            }
            try {
                List<Suggestion> suggestions = new ArrayList<>();
                if (readerLanguage == null) {
                    addSuggestions(searcher, query, words, suggestions);
                } else {
                    addSuggestions(searcher, filtered(query, null, readerLanguage), words, suggestions);
                    addSuggestions(searcher, excluding(query, readerLanguage), words, suggestions);
                }
                return suggestions;
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best hits of {@code query}, until there are {@link #MAX_SUGGESTIONS} suggestions. */
    private void addSuggestions(IndexSearcher searcher, Query query, List<String> words, List<Suggestion> suggestions)
            throws IOException {
        int wanted = MAX_SUGGESTIONS - suggestions.size();
        if (wanted <= 0) {
            return;
        }
        // No total is shown, so Lucene may skip documents that cannot make the top from the first
        // hit on, rather than counting the first thousand matches of a common start ("a", "what").
        TopScoreDocCollector top = TopScoreDocCollector.create(wanted, wanted);
        searcher.search(query, top);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top.topDocs().scoreDocs) {
            Document doc = stored.document(hit.doc, SUGGESTION_FIELDS);
            String title = doc.get(Fields.TITLE_STORED);
            suggestions.add(new Suggestion(
                    title,
                    matchedOtherName(doc, title, words),
                    doc.get(Fields.KIND),
                    doc.get(Fields.TYPE),
                    kindOf(doc).path(doc.get(Fields.SLUG)),
                    doc.get(Fields.SOURCE)));
        }
    }

    /** When the title does not start with the typed words but another name does, that name. */
    private String matchedOtherName(Document doc, String title, List<String> typed) {
        if (startsWords(index.analyzers().words(title), typed)) {
            return null;
        }
        for (String name : doc.getValues(Fields.ALSO_STORED)) {
            if (startsWords(index.analyzers().words(name), typed)) {
                return name;
            }
        }
        return null;
    }

    /** Every typed word is the start of some word of the name. */
    private static boolean startsWords(List<String> nameWords, List<String> typed) {
        for (String word : typed) {
            if (nameWords.stream().noneMatch(w -> w.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Counts every hit by kind, by language and by both, from doc values, without scoring: Lucene
     * visits matching documents in bulk, far cheaper than ranking them.
     */
    private static final class FacetCounts extends SimpleCollector {

        private final Map<String, Long> kinds = new LinkedHashMap<>();
        private final Map<String, Long> languages = new LinkedHashMap<>();
        private final Map<List<String>, Long> both = new LinkedHashMap<>();
        private SortedDocValues kind;
        private SortedDocValues language;
        /** This segment's counts by kind ordinal and language ordinal (the last slot: none). */
        private long[][] counts;

        static FacetCounts of(IndexSearcher searcher, Query query) throws IOException {
            FacetCounts facets = new FacetCounts();
            searcher.search(query, facets);
            facets.flush();
            return facets;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            kind = DocValues.getSorted(context.reader(), Fields.KIND);
            language = DocValues.getSorted(context.reader(), Fields.LANGUAGE);
            counts = new long[kind.getValueCount() + 1][language.getValueCount() + 1];
        }

        @Override
        public void collect(int doc) throws IOException {
            int k = kind.advanceExact(doc) ? kind.ordValue() : counts.length - 1;
            int l = language.advanceExact(doc) ? language.ordValue() : counts[0].length - 1;
            counts[k][l]++;
        }

        /** Adds the last segment's counts to the totals by name. */
        private void flush() throws IOException {
            if (counts == null) {
                return;
            }
            for (int k = 0; k < counts.length; k++) {
                for (int l = 0; l < counts[k].length; l++) {
                    if (counts[k][l] > 0) {
                        String kindName =
                                k < counts.length - 1 ? kind.lookupOrd(k).utf8ToString() : "";
                        String languageName =
                                l < counts[k].length - 1 ? language.lookupOrd(l).utf8ToString() : "";
                        kinds.merge(kindName, counts[k][l], Long::sum);
                        languages.merge(languageName, counts[k][l], Long::sum);
                        both.merge(List.of(kindName, languageName), counts[k][l], Long::sum);
                    }
                }
            }
            counts = null;
        }

        /** The hits with this kind and language (null: any). */
        long total(String kindName, String languageName) {
            long total = 0;
            for (Map.Entry<List<String>, Long> count : both.entrySet()) {
                if ((kindName == null || kindName.equals(count.getKey().get(0)))
                        && (languageName == null
                                || languageName.equals(count.getKey().get(1)))) {
                    total += count.getValue();
                }
            }
            return total;
        }

        Map<String, Long> kinds() {
            return kinds;
        }

        Map<String, Long> languages() {
            return languages;
        }
    }
}
