package org.salus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a reader's words into a Lucene query, never through a query syntax: quotes, brackets,
 * {@code *:*}, {@code AND}/{@code OR} are ordinary characters here, dropped or searched as words.
 * Every part is bounded: the text's length, the number of words, synonym expansions, codes and
 * spelling corrections (see {@link Speller}).
 */
final class QueryPlanner {

    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 12;
    static final int MAX_EXPANSIONS = 10;
    static final int MAX_CODES = 3;

    /** Weights of the short fields: names above the summary and headings. */
    private static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put(Fields.TITLE, 6f);
        WEIGHTS.put(Fields.ALSO, 5f);
        WEIGHTS.put(Fields.HEADINGS, 2f);
        WEIGHTS.put(Fields.SUMMARY, 2.5f);
    }

    /**
     * The body's weight, added to the best short field's rather than competing with it. A word
     * common in bodies then scores little on its own, so Lucene can skip the documents where
     * only such words occur: at 100,000 articles that halved the slowest queries' time.
     */
    static final float BODY_WEIGHT = 0.3f;

    private static final float EXPANSION_WEIGHT = 0.6f;
    private static final float CORRECTION_WEIGHT = 0.8f;
    /** A code of a lay phrase's condition ({@link #layCodeQueries}); an article coded below it counts this much less. */
    static final float LAY_CODE_WEIGHT = 4f;

    private static final float LAY_ROLL_DOWN = 0.8f;

    private final Analyzers analyzers;
    private final Speller speller = new Speller();
    private final LayPhrases layPhrases = LayPhrases.bundled();

    QueryPlanner(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** A planned query: the query, the words each language's snippets mark, and what was done. */
    record Plan(
            String text,
            Query query,
            List<String> expansions,
            List<String> codes,
            String corrected,
            List<String> notices,
            Map<String, Set<String>> highlightTerms) {

        boolean isEmpty() {
            return query == null;
        }
    }

    /** The reader's text, cleaned: control characters gone, spaces collapsed, cut at {@link #MAX_CHARS}. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text =
                raw.replaceAll("[\\p{Cc}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_CHARS);
            text = text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
        }
        return text;
    }

    Plan plan(String raw, Synonyms synonyms, IndexReader reader) throws IOException {
        List<String> notices = new ArrayList<>();
        String text = clean(raw);
        if (raw != null && raw.strip().length() > text.length()) {
            notices.add("search.notice.long");
        }
        List<String> words = analyzers.words(text);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
            text = cutToWords(text, MAX_WORDS);
            notices.add("search.notice.words");
        }
        if (words.isEmpty()) {
            return new Plan(text, null, List.of(), List.of(), null, notices, Map.of());
        }
        List<String> expansions = synonyms.expansions(words, MAX_EXPANSIONS);
        LayPhrases.Match lay = layPhrases.match(text);
        expansions = withLayNames(lay, expansions, words);
        List<String> codes = Codes.inQuery(text, MAX_CODES);
        Map<String, String> corrections = speller.corrections(words, reader);
        String corrected = corrections.isEmpty() ? null : corrected(words, corrections);
        List<String> correctedWords = new ArrayList<>(corrections.values());
        if (!correctedWords.isEmpty()) {
            // The corrected words may themselves be a name with synonyms ("diabetis" → "diabetes").
            for (String more : synonyms.expansions(analyzers.words(corrected), MAX_EXPANSIONS - expansions.size())) {
                if (!expansions.contains(more)) {
                    expansions = new ArrayList<>(expansions);
                    expansions.add(more);
                }
            }
        }

        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> searched = new ArrayList<>();
        List<String> aboutWords = QuestionWords.strip(words);
        String about = aboutWords.size() == words.size() ? text : String.join(" ", aboutWords);
        for (String language : Analyzers.LANGUAGES) {
            BooleanQuery query = languageQuery(language, about, expansions, correctedWords);
            if (query != null) {
                searched.add(language);
                // One flat disjunction: Lucene skips documents that cannot make the top hits
                // clause by clause, which it cannot do inside nested disjunctions.
                query.clauses().forEach(all::add);
            }
        }
        for (String code : codes) {
            all.add(codeQuery(code), BooleanClause.Occur.SHOULD);
        }
        layCodeQueries(lay).forEach(q -> all.add(q, BooleanClause.Occur.SHOULD));
        BooleanQuery query = all.build();
        if (query.clauses().isEmpty()) {
            return new Plan(text, null, expansions, codes, corrected, notices, Map.of());
        }
        Map<String, Set<String>> highlight = new LinkedHashMap<>();
        for (String language : searched) {
            Set<String> terms = new LinkedHashSet<>(analyzers.terms(language, text));
            expansions.forEach(e -> terms.addAll(analyzers.terms(language, e)));
            correctedWords.forEach(c -> terms.addAll(analyzers.terms(language, c)));
            highlight.put(language, terms);
        }
        return new Plan(text, query, expansions, codes, corrected, notices, highlight);
    }

    private BooleanQuery languageQuery(
            String language, String text, List<String> expansions, List<String> corrections) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> terms = distinct(analyzers.terms(language, text));
        for (String term : terms) {
            addAnyField(builder, language, term, 1f);
            clauses++;
        }
        if (terms.size() >= 2) {
            // All the words together in a name or sentence count for more than scattered ones.
            builder.add(phrase(language, analyzers.terms(language, text), 2, 1f), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String expansion : expansions) {
            List<String> expanded = analyzers.terms(language, expansion);
            if (expanded.size() == 1) {
                addAnyField(builder, language, expanded.get(0), EXPANSION_WEIGHT);
                clauses++;
            } else if (expanded.size() > 1) {
                builder.add(phrase(language, expanded, 1, EXPANSION_WEIGHT), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        for (String correction : corrections) {
            for (String term : analyzers.terms(language, correction)) {
                if (!terms.contains(term)) {
                    addAnyField(builder, language, term, CORRECTION_WEIGHT);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : builder.build();
    }

    /** One word: in whichever short field weighs most (with a little from the others), plus the body. */
    private static void addAnyField(BooleanQuery.Builder builder, String language, String term, float boost) {
        List<Query> fields = new ArrayList<>(WEIGHTS.size());
        WEIGHTS.forEach((field, weight) ->
                fields.add(new BoostQuery(new TermQuery(new Term(Fields.text(field, language), term)), weight)));
        builder.add(new BoostQuery(new DisjunctionMaxQuery(fields, 0.1f), boost), BooleanClause.Occur.SHOULD);
        builder.add(
                new BoostQuery(new TermQuery(new Term(Fields.text(Fields.BODY, language), term)), boost * BODY_WEIGHT),
                BooleanClause.Occur.SHOULD);
    }

    /**
     * The words as a phrase in the names, headings or summary. Not in the body: positions in long
     * texts cost more than they add there, and the words count in the body one by one anyway.
     */
    private static Query phrase(String language, List<String> terms, int slop, float boost) {
        List<Query> fields = new ArrayList<>(WEIGHTS.size());
        WEIGHTS.forEach((field, weight) -> {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
            terms.forEach(term -> phrase.add(new Term(Fields.text(field, language), term)));
            fields.add(new BoostQuery(phrase.build(), weight * boost));
        });
        return new DisjunctionMaxQuery(fields, 0.1f);
    }

    /** The exact code first, then (ICD-10-CM) its categories, then codes below it. */
    private static Query codeQuery(String code) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(new BoostQuery(new TermQuery(new Term(Fields.CODE, code)), 30f), BooleanClause.Occur.SHOULD);
        if (Codes.isIcd10(code)) {
            float weight = 20f;
            for (String ancestor : Codes.ancestors(code)) {
                builder.add(
                        new BoostQuery(new TermQuery(new Term(Fields.CODE, ancestor)), weight),
                        BooleanClause.Occur.SHOULD);
                weight = Math.max(5f, weight - 5f);
            }
            builder.add(
                    new BoostQuery(new TermQuery(new Term(Fields.CODE_ANCESTOR, code)), 10f),
                    BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    /**
     * The names of the conditions a lay phrase of the query means, before the content's own
     * synonyms, all within {@link #MAX_EXPANSIONS}: they are searched like other names (so they
     * find a MedQuAD page as well as the site's own) and shown in "Also searched for". A name the
     * reader typed is not repeated.
     */
    static List<String> withLayNames(LayPhrases.Match lay, List<String> expansions, List<String> words) {
        if (lay.isEmpty()) {
            return expansions;
        }
        String typed = String.join(" ", words);
        Map<String, String> byFolded = new LinkedHashMap<>();
        for (String name : lay.names()) {
            byFolded.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
        }
        for (String name : expansions) {
            byFolded.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
        }
        byFolded.remove(typed);
        return byFolded.values().stream().limit(MAX_EXPANSIONS).toList();
    }

    /**
     * The codes of the conditions a lay phrase of the query means, each an exact code (with its
     * system, as the index stores it), and for an ICD-10-CM category the articles coded below it:
     * "high blood sugar" finds what is coded E11 or E11.9 on any site. Weighed like a title word,
     * well below a code the reader typed, so the reader's own words still order the results. Only
     * pages in the phrase's language: a Spanish phrase typed on the English page ("presión alta")
     * still finds only Spanish pages first, as its words do.
     */
    private static List<Query> layCodeQueries(LayPhrases.Match lay) {
        List<Query> queries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LayPhraseFile.Entry entry : lay.entries()) {
            for (String code : entry.codes()) {
                if (!seen.add(entry.language() + " " + code)) {
                    continue;
                }
                queries.add(inLanguage(new TermQuery(new Term(Fields.CODE, code)), entry.language(), LAY_CODE_WEIGHT));
                String bare = code.substring(code.indexOf('|') + 1);
                if (code.startsWith("ICD-10-CM|") && Codes.isIcd10(bare)) {
                    queries.add(inLanguage(
                            new TermQuery(new Term(Fields.CODE_ANCESTOR, bare)),
                            entry.language(),
                            LAY_CODE_WEIGHT * LAY_ROLL_DOWN));
                }
            }
        }
        return queries;
    }

    private static Query inLanguage(Query query, String language, float weight) {
        return new BoostQuery(
                new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Fields.LANGUAGE, language)), BooleanClause.Occur.FILTER)
                        .build(),
                weight);
    }

    private static String corrected(List<String> words, Map<String, String> corrections) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            out.add(corrections.getOrDefault(word, word));
        }
        return String.join(" ", out);
    }

    private static List<String> distinct(List<String> terms) {
        Set<String> seen = new LinkedHashSet<>(terms);
        return new ArrayList<>(seen);
    }

    private static String cutToWords(String text, int words) {
        String[] parts = text.split(" ");
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (String part : parts) {
            if (kept >= words) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(part);
            if (part.chars().anyMatch(Character::isLetterOrDigit)) {
                kept++;
            }
        }
        return out.toString();
    }
}
