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
import org.apache.lucene.index.NumericDocValues;
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
    /**
     * Syndicated articles score this much of the site's own reviewed ones: at equal relevance the
     * site's own comes first, while a clearly better syndicated page still wins.
     */
    private static final float SYNDICATED_WEIGHT = 0.9f;
    /** How many dictionary terms the block beside the articles shows. */
    static final int TERMS_APART = 3;

    private static final String TERM = Searchable.Kind.TERM.code();

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
        // A query that names an article lists the articles, and the dictionary's terms beside them.
        boolean termsApart = kind == null
                && facets.total(Searchable.Kind.TERM.code(), language) > 0
                && namesAnArticle(searcher, plan, language);
        long total =
                facets.total(kind, language) - (termsApart ? facets.total(Searchable.Kind.TERM.code(), language) : 0);
        int pages = pages(total);
        int shownPage = Math.max(1, Math.min(page, pages));
        Query listed = termsApart
                ? excluding(filtered(plan.query(), null, language), Fields.KIND, TERM)
                : filtered(plan.query(), kind, language);
        Ranking ranking = new Ranking(searcher, groups(listed, language, readerLanguage, plan.codes()));
        Folded folded = Folded.of(searcher, ranking, shownPage * PAGE_SIZE);
        if (folded.all()) {
            total = folded.docs().size(); // every hit was ranked: the count is exact after folding
            pages = pages(total);
            shownPage = Math.max(1, Math.min(page, pages));
        } else {
            total -= folded.foldedAway();
        }
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = (shownPage - 1) * PAGE_SIZE; i < Math.min(folded.docs().size(), shownPage * PAGE_SIZE); i++) {
            ScoreDoc doc = folded.docs().get(i);
            hits.add(hit(stored.document(doc.doc), plan, folded.alsoFrom(stored, doc.doc)));
        }
        List<SearchResults.Hit> terms = new ArrayList<>();
        if (termsApart && shownPage == 1) {
            Query termQuery = filtered(plan.query(), TERM, language);
            List<ScoreDoc> best =
                    new Ranking(searcher, groups(termQuery, language, readerLanguage, List.of())).first(TERMS_APART);
            for (ScoreDoc doc : best.subList(0, Math.min(TERMS_APART, best.size()))) {
                terms.add(hit(stored.document(doc.doc), plan, List.of()));
            }
        }
        return new SearchResults(
                plan.text(),
                kind,
                language,
                hits,
                terms,
                total,
                shownPage,
                pages,
                facets.kinds(),
                facets.languages(),
                plan.corrected(),
                alsoSearchedFor(plan),
                plan.notices());
    }

    private static int pages(long total) {
        return (int) ((Math.min(total, MAX_WINDOW) + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /**
     * Whether the query names an article or quiz (in the chosen language): every word of the query,
     * of one of its other names (synonyms, a lay phrase's condition) or of its correction is in the
     * page's title or other names ("high blood pressure", "sugar in blood high" → diabetes), or the
     * page carries one of its codes. Then the reader means that page, and dictionary terms go into
     * a block of their own; otherwise ("euglycemic clamp", "low blood sugar shaky", which only the
     * dictionary names) terms stay in the list. One count over a few name terms: cheap.
     */
    private boolean namesAnArticle(IndexSearcher searcher, QueryPlanner.Plan plan, String language) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(plan.text());
        names.addAll(plan.expansions());
        if (plan.corrected() != null) {
            names.add(plan.corrected());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String name : names) {
            for (String lang : Analyzers.LANGUAGES) {
                List<String> terms =
                        index.analyzers().terms(lang, name).stream().distinct().toList();
                if (terms.isEmpty() || terms.size() > QueryPlanner.MAX_WORDS) {
                    continue;
                }
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (String term : terms) {
                    all.add(
                            new BooleanQuery.Builder()
                                    .add(
                                            new TermQuery(new Term(Fields.text(Fields.TITLE, lang), term)),
                                            BooleanClause.Occur.SHOULD)
                                    .add(
                                            new TermQuery(new Term(Fields.text(Fields.ALSO, lang), term)),
                                            BooleanClause.Occur.SHOULD)
                                    .build(),
                            BooleanClause.Occur.MUST);
                }
                any.add(all.build(), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        for (String code : plan.codes()) {
            any.add(new TermQuery(new Term(Fields.CODE, code)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return false;
        }
        Query articles = excluding(filtered(any.build(), null, language), Fields.KIND, TERM);
        return searcher.count(articles) > 0;
    }

    /**
     * The other names searched, each once: names that differ only in case or accents ("Diabetes"
     * and "diabetes", "Hipertensión" and "hipertension") are one name, and the reader's own words
     * are not repeated.
     */
    static List<String> alsoSearchedFor(QueryPlanner.Plan plan) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(Duplicates.normalised(plan.text()));
        List<String> names = new ArrayList<>();
        for (String name : plan.expansions()) {
            if (seen.add(Duplicates.normalised(name))) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The groups the results come in, each ranked on its own and shown whole before the next: the
     * reader's language first when no language is chosen (a Spanish reader sees the Spanish pages
     * first, an English reader the English ones, and the other language's matches after); within
     * each, for a query with codes, the pages with exactly such a code, then those coded with a
     * category of it (nearest first) or a detail of it (the ICD-10-CM roll-up), then pages that
     * merely mention it. Each group's order is one order whatever the page, and so is their
     * concatenation.
     */
    private static List<Group> groups(Query query, String language, String readerLanguage, List<String> codes) {
        // The language is kept by the collector, not by a filter in the query: see LanguageCollector.
        List<Languages> byLanguage = language != null || readerLanguage == null
                ? Arrays.asList((Languages) null)
                : List.of(new Languages(readerLanguage, true), new Languages(readerLanguage, false));
        if (codes.isEmpty()) {
            return byLanguage.stream().map(l -> new Group(query, false, l)).toList();
        }
        // The tiers: the exact code, then each ICD-10-CM category level, nearest first (E11.65 →
        // E11.6, then E11), then the codes below it, and last the pages that merely mention it.
        List<Query> tiers = new ArrayList<>();
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        BooleanQuery.Builder below = new BooleanQuery.Builder();
        List<BooleanQuery.Builder> levels = new ArrayList<>();
        for (String code : codes) {
            exact.add(new TermQuery(new Term(Fields.CODE, code)), BooleanClause.Occur.SHOULD);
            if (Codes.isIcd10(code)) {
                List<String> ancestors = Codes.ancestors(code);
                for (int level = 0; level < ancestors.size(); level++) {
                    if (levels.size() <= level) {
                        levels.add(new BooleanQuery.Builder());
                    }
                    levels.get(level)
                            .add(
                                    new TermQuery(new Term(Fields.CODE, ancestors.get(level))),
                                    BooleanClause.Occur.SHOULD);
                }
                below.add(new TermQuery(new Term(Fields.CODE_ANCESTOR, code)), BooleanClause.Occur.SHOULD);
            }
        }
        tiers.add(exact.build());
        levels.forEach(level -> tiers.add(level.build()));
        BooleanQuery belowQuery = below.build();
        if (!belowQuery.clauses().isEmpty()) {
            tiers.add(belowQuery);
        }
        List<Group> groups = new ArrayList<>();
        for (Languages languages : byLanguage) {
            Query rest = query;
            for (Query tier : tiers) {
                groups.add(new Group(with(rest, tier, BooleanClause.Occur.FILTER), true, languages));
                rest = with(rest, tier, BooleanClause.Occur.MUST_NOT);
            }
            groups.add(new Group(rest, false, languages));
        }
        return groups;
    }

    private static Query with(Query query, Query clause, BooleanClause.Occur occur) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(clause, occur)
                .build();
    }

    /**
     * One group of results. {@code aboutFirst}: a group of code matches (one tier), where a page with
     * fewer codes comes first: a page coded only E11 is about type 2 diabetes, one coded with E11
     * among many others ("Maternally inherited diabetes and deafness") merely lists it.
     */
    record Group(Query query, boolean aboutFirst, Languages languages) {}

    /** The groups' hits in their final order, ranked as far as asked and no further. */
    static final class Ranking {

        private final IndexSearcher searcher;
        private final List<Group> groups;

        Ranking(IndexSearcher searcher, List<Group> groups) {
            this.searcher = searcher;
            this.groups = groups;
        }

        /**
         * At least the first {@code needed} hits (all of them when fewer match). A group ranked
         * with fewer hits than asked holds all of its hits, so the next group follows it.
         */
        List<ScoreDoc> first(int needed) throws IOException {
            List<ScoreDoc> docs = new ArrayList<>();
            for (Group group : groups) {
                int missing = needed - docs.size();
                if (missing <= 0) {
                    break;
                }
                docs.addAll(Arrays.asList(
                        group.aboutFirst()
                                ? aboutFirst(searcher, group.query(), group.languages())
                                : ranked(searcher, group.query(), missing, group.languages())));
            }
            return docs;
        }
    }

    /** Every hit of a code tier (few: the pages carrying one code), the fewer codes the earlier. */
    private static ScoreDoc[] aboutFirst(IndexSearcher searcher, Query query, Languages languages) throws IOException {
        ScoreDoc[] docs = ranked(searcher, query, MAX_WINDOW, languages);
        long[] codes = new long[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves));
            NumericDocValues count = leaf.reader().getNumericDocValues(Fields.CODE_COUNT);
            codes[i] = count != null && count.advanceExact(docs[i].doc - leaf.docBase) ? count.longValue() : 0;
        }
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> codes[i]).thenComparingInt(i -> i)); // stable
        ScoreDoc[] sorted = new ScoreDoc[docs.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = docs[order[i]];
        }
        return sorted;
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
        needed = Math.min(needed, MAX_WINDOW);
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
            // A hit below the window scores at most "lowest" (rescoring only lowers scores); on a tie
            // it comes later, as Lucene ranks lower document numbers first among equal scores,
            // unless "last" got there by another path than the same ranked score (a rescored hit
            // meeting it exactly).
            if (last.score > lowest || (last.score == lowest && rankedScore(raw, last.doc) == lowest)) {
                return docs;
            }
            window = Math.min(MAX_WINDOW, window * 2);
        }
    }

    /** One language, kept ({@code keep}) or left out. */
    record Languages(String language, boolean keep) {}

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
     * The ranked hits rescored: dictionary terms' scores scaled by {@link #TERM_WEIGHT}, syndicated
     * articles' by {@link #SYNDICATED_WEIGHT}. Done here on
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
        NumericDocValues syndicated = null;
        for (ScoreDoc hit : byDoc) {
            int leaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (leaf != current) {
                current = leaf;
                kind = leaves.get(leaf).reader().getSortedDocValues(Fields.KIND);
                syndicated = leaves.get(leaf).reader().getNumericDocValues(Fields.SYNDICATED);
            }
            int doc = hit.doc - leaves.get(leaf).docBase;
            if (TERM.equals(value(kind, doc))) {
                hit.score *= TERM_WEIGHT;
            } else if (syndicated != null && syndicated.advanceExact(doc)) {
                hit.score *= SYNDICATED_WEIGHT;
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

    /** The query's hits without {@code value} in {@code field} (any language but one, any kind but terms). */
    private static Query excluding(Query query, String field, String value) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private SearchResults.Hit hit(Document doc, QueryPlanner.Plan plan, List<String> alsoFrom) {
        String language = doc.get(Fields.LANGUAGE);
        return new SearchResults.Hit(
                doc.get(Fields.TITLE_STORED),
                kindOf(doc).path(doc.get(Fields.SLUG)),
                doc.get(Fields.KIND),
                doc.get(Fields.TYPE),
                language,
                snippet(doc, language, plan),
                doc.get(Fields.SOURCE),
                alsoFrom);
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
                text, kind, language, List.of(), List.of(), 0, 1, 0, Map.of(), Map.of(), null, List.of(), notices);
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
                    addSuggestions(searcher, excluding(query, Fields.LANGUAGE, readerLanguage), words, suggestions);
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
