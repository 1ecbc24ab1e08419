package org.salus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The words readers use for symptoms and conditions ("sugar in blood high", "always thirsty",
 * "manchas oscuras en el cuello"), from the curated files read by {@link LayPhraseFile}. A query
 * matches a phrase when it holds every key word of the phrase, in any order and with any other
 * words around them: "sugar in blood high" and "my blood sugar is high" both hold "high blood
 * sugar". Key words are a phrase's words without small function words ("in", "my", "the", "en",
 * "la", ...), lower case, accents folded, and stemmed (English: Porter; Spanish: light), so
 * "patches" meets "patch" and "oscuras" meets "oscuro". A matched entry widens the query with its
 * codes and names ({@link QueryPlanner}); when a matched phrase's key words are all in a longer
 * matched phrase, only the longer one counts. Matching reads no index: it looks up each query
 * word in a map of phrases, so its cost does not grow with the site.
 */
final class LayPhrases {

    /** Entries matched for one query, longest phrase first. */
    static final int MAX_ENTRIES = 3;

    /** Small words that carry no meaning of their own in a lay phrase (folded, as the key chain sees them). */
    static final Map<String, CharArraySet> FUNCTION_WORDS = Map.of(
            "en",
            new CharArraySet(
                    List.of(
                            "a", "an", "the", "in", "on", "at", "of", "to", "for", "from", "with", "by", "and", "or",
                            "my", "me", "i", "i'm", "im", "am", "is", "are", "was", "be", "it", "its", "it's", "this",
                            "that", "there", "have", "has", "had", "get", "gets", "got", "getting", "do", "does",
                            "feel", "feels", "feeling", "keep", "keeps", "when", "what", "why", "how", "some", "your",
                            "his", "her", "their", "our", "we", "you", "he", "she", "they"),
                    false),
            "es",
            new CharArraySet(
                    List.of(
                            "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "en", "a", "al",
                            "y", "e", "o", "u", "mi", "mis", "me", "yo", "tu", "su", "sus", "se", "es", "esta", "estoy",
                            "son", "con", "por", "para", "que", "tengo", "tiene", "tienen", "siento", "cuando", "como",
                            "porque"),
                    false));

    private static final Map<String, Analyzer> KEYS = Map.of("en", keyChain("en"), "es", keyChain("es"));

    private static volatile LayPhrases bundled;

    private final List<LayPhraseFile.Entry> entries;
    /** Per language: each phrase under its first key word (every key word must be in the query anyway). */
    private final Map<String, Map<String, List<Phrase>>> byFirstWord = new HashMap<>();

    private record Phrase(Set<String> keys, String text, LayPhraseFile.Entry entry) {}

    /** What a query matched: the entries, longest phrase first, at most {@link #MAX_ENTRIES}. */
    record Match(List<LayPhraseFile.Entry> entries, List<String> phrases) {

        static final Match NONE = new Match(List.of(), List.of());

        boolean isEmpty() {
            return entries.isEmpty();
        }

        /** The matched entries' codes, each once, in the entries' order. */
        List<String> codes() {
            Set<String> codes = new LinkedHashSet<>();
            entries.forEach(e -> codes.addAll(e.codes()));
            return new ArrayList<>(codes);
        }

        /** The matched entries' names, each once, in the entries' order. */
        List<String> names() {
            Set<String> names = new LinkedHashSet<>();
            entries.forEach(e -> names.addAll(e.names()));
            return new ArrayList<>(names);
        }
    }

    LayPhrases(List<LayPhraseFile.Entry> entries) {
        this.entries = List.copyOf(entries);
        for (LayPhraseFile.Entry entry : entries) {
            for (String phrase : entry.phrases()) {
                Set<String> keys = keys(entry.language(), phrase);
                if (keys.isEmpty()) {
                    throw new IllegalStateException("The lay phrase \"" + phrase + "\" (" + entry.about()
                            + ") has only function words: it would match every query");
                }
                byFirstWord
                        .computeIfAbsent(entry.language(), k -> new HashMap<>())
                        .computeIfAbsent(keys.iterator().next(), k -> new ArrayList<>(2))
                        .add(new Phrase(keys, phrase, entry));
            }
        }
    }

    /** The bundled English and Spanish files, read once (at start-up, when search is first built). */
    static LayPhrases bundled() {
        LayPhrases phrases = bundled;
        if (phrases == null) {
            List<LayPhraseFile.Entry> all = new ArrayList<>();
            for (String language : Analyzers.LANGUAGES) {
                all.addAll(LayPhraseFile.bundled(language));
            }
            phrases = new LayPhrases(all);
            bundled = phrases;
        }
        return phrases;
    }

    List<LayPhraseFile.Entry> entries() {
        return entries;
    }

    /** The entries whose phrases {@code text} holds, word order free; {@link Match#NONE} when none. */
    Match match(String text) {
        List<Phrase> hits = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Phrase>>> language : byFirstWord.entrySet()) {
            Set<String> query = keys(language.getKey(), text);
            for (String word : query) {
                for (Phrase phrase : language.getValue().getOrDefault(word, List.of())) {
                    if (query.containsAll(phrase.keys())) {
                        hits.add(phrase);
                    }
                }
            }
        }
        if (hits.isEmpty()) {
            return Match.NONE;
        }
        hits.sort(Comparator.comparingInt((Phrase p) -> -p.keys().size()).thenComparing(Phrase::text));
        List<LayPhraseFile.Entry> matched = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<Phrase> kept = new ArrayList<>();
        for (Phrase hit : hits) {
            boolean inLonger = kept.stream()
                    .anyMatch(
                            k -> k.keys().size() > hit.keys().size() && k.keys().containsAll(hit.keys()));
            if (inLonger || matched.contains(hit.entry())) {
                continue;
            }
            kept.add(hit);
            if (matched.size() < MAX_ENTRIES) {
                matched.add(hit.entry());
                phrases.add(hit.text());
            }
        }
        return new Match(List.copyOf(matched), List.copyOf(phrases));
    }

    /** The key words of {@code text} for phrases of {@code language}: sorted, so word order does not count. */
    static Set<String> keys(String language, String text) {
        Analyzer analyzer = KEYS.get(language);
        return new TreeSet<>(Analyzers.tokens(analyzer, "lay", text));
    }

    private static Analyzer keyChain(String language) {
        CharArraySet functionWords = FUNCTION_WORDS.get(language);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                if (language.equals("en")) {
                    stream = new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(stream), functionWords));
                } else {
                    stream = new SpanishLightStemFilter(new StopFilter(stream, functionWords));
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
