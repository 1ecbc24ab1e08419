package org.salus.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects the misspelt words of a query, and only those: a word is left as it is when the site
 * knows it (any word of the index: article and term names, also-called names and synonyms,
 * summaries, text) or when it is a general English or Spanish word ({@link WordList}), so
 * "cholesterol kids" stays as it is although no page says "kids". An unknown word becomes the
 * nearest word of the index: fewest edits (insertions, deletions, substitutions, swapped
 * neighbours), then most documents. The corrections are kept only if the corrected words
 * together find something: a word is corrected only when no document has it, so the reader's
 * words together find nothing, and the corrected ones must find at least one document, or the
 * "did you mean" would lead nowhere.
 */
final class Speller {

    static final int MAX_CORRECTIONS = 3;
    /** Shorter words are never corrected: at three letters nearly every typo is another word. */
    static final int MIN_LENGTH = 4;
    /**
     * How much of a word a correction must keep (1 - edits / length): one edit in four letters,
     * two in seven. Two edits in a five-letter word make another word rather than a slip.
     */
    static final float ACCURACY = 0.7f;
    /** Candidates weighed for each word (by edits, then by how many documents have them). */
    private static final int CANDIDATES = 5;

    private final WordList general;
    private final DirectSpellChecker spelling = new DirectSpellChecker();

    Speller() {
        this(WordList.GENERAL);
    }

    Speller(WordList general) {
        this.general = general;
        spelling.setMinQueryLength(MIN_LENGTH);
        spelling.setMaxEdits(2);
        spelling.setAccuracy(ACCURACY);
    }

    /**
     * The reader's unknown words (language-neutral, as {@link Analyzers#words} makes them) with
     * their corrections, in query order; empty when nothing needs or admits a correction.
     */
    Map<String, String> corrections(List<String> words, IndexReader reader) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        if (reader == null) {
            return corrections;
        }
        for (String word : words) {
            if (corrections.size() >= MAX_CORRECTIONS || !correctable(word) || known(word, reader)) {
                continue;
            }
            SuggestWord[] suggestions = spelling.suggestSimilar(
                    new Term(Fields.SPELL, word), CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                corrections.put(word, suggestions[0].string); // fewest edits, then most documents
            }
        }
        if (!corrections.isEmpty() && !findsSomething(words, corrections, reader)) {
            corrections.clear();
        }
        return corrections;
    }

    /** A word of the site or of the general word lists: never corrected. */
    boolean known(String word, IndexReader reader) throws IOException {
        return reader.docFreq(new Term(Fields.SPELL, word)) > 0 || general.knows(word);
    }

    private static boolean correctable(String word) {
        return word.length() >= MIN_LENGTH && word.chars().noneMatch(Character::isDigit);
    }

    /**
     * Whether one document at least has every word of the corrected query (the reader's words that
     * the index has, and the corrections). A count of a conjunction of terms: Lucene leaps between
     * the rarest word's documents, no scan. Words neither known nor corrected are left out.
     */
    private static boolean findsSomething(List<String> words, Map<String, String> corrections, IndexReader reader)
            throws IOException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            String corrected = corrections.get(word);
            if (corrected != null) {
                all.add(new TermQuery(new Term(Fields.SPELL, corrected)), BooleanClause.Occur.MUST);
            } else if (reader.docFreq(new Term(Fields.SPELL, word)) > 0) {
                all.add(new TermQuery(new Term(Fields.SPELL, word)), BooleanClause.Occur.MUST);
            }
        }
        return new IndexSearcher(reader).count(all.build()) > 0;
    }
}
