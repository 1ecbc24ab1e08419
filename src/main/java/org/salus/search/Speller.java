package org.salus.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** Corrects the misspelt words of a query with the nearest words of the index. */
final class Speller {

    static final int MAX_CORRECTIONS = 3;

    private final DirectSpellChecker spelling = new DirectSpellChecker();

    Speller() {
        spelling.setMinQueryLength(4);
        spelling.setMaxEdits(2);
    }

    /** Words the index has never seen, with the nearest word it has. */
    Map<String, String> corrections(List<String> words, IndexReader reader) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        if (reader == null) {
            return corrections;
        }
        for (String word : words) {
            if (corrections.size() >= MAX_CORRECTIONS
                    || word.length() < 4
                    || word.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            Term term = new Term(Fields.SPELL, word);
            if (reader.docFreq(term) > 0) {
                continue;
            }
            SuggestWord[] suggestions = spelling.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                corrections.put(word, suggestions[0].string);
            }
        }
        return corrections;
    }
}
