package org.salus.search;

import java.util.List;
import java.util.Set;

/**
 * The words of a question that say it is a question, not what it is about: "what", "how",
 * "does", "my", "cuál"... Readers type questions ("what is a1c", "how do I lower my cholesterol"),
 * and Lucene's English stop words keep "what", "how" and "my", so such a word alone made every
 * page whose summary says "what the numbers mean" a match. They are left out of the text the
 * query matches (never out of lay phrases, codes or the words marked in snippets), unless the
 * question has nothing else: "what" alone still searches for "what".
 */
final class QuestionWords {

    /** Accent-folded, lower case, as {@link Analyzers#words} gives them. */
    static final Set<String> WORDS = Set.of(
            // English: question words, auxiliaries of questions, the asker
            "what",
            "whats",
            "how",
            "why",
            "when",
            "where",
            "who",
            "which",
            "do",
            "does",
            "did",
            "can",
            "could",
            "should",
            "would",
            "i",
            "im",
            "me",
            "my",
            "we",
            "our",
            "you",
            "your",
            // Spanish (most are already Spanish stop words; these are not)
            "cual",
            "cuales",
            "cuando",
            "donde",
            "quien",
            "quienes",
            "puedo",
            "debo",
            "mi",
            "mis",
            "yo");

    private QuestionWords() {}

    /**
     * {@code words} without the question words, in their order; {@code words} itself when nothing
     * else would be left.
     */
    static List<String> strip(List<String> words) {
        List<String> kept = words.stream().filter(word -> !WORDS.contains(word)).toList();
        return kept.isEmpty() ? words : kept;
    }
}
