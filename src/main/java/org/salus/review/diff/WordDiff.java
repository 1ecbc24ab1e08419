package org.salus.review.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * Word-level diff of two pieces of text. The text is cut into words, runs of whitespace and
 * single other characters (punctuation, Markdown marks); the tokens other than whitespace are
 * compared, and each side's tokens that the other side lacks are marked changed. Working on
 * tokens, not on marker tags injected into the text (DiffRowGenerator's oldTag/newTag), means
 * nothing in the text, say {@code <script>} or a marker look-alike, can be taken for markup.
 */
final class WordDiff {

    /** Words keep inner apostrophes ("don't"); DOTALL so no character is ever dropped. */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*|\\s+|.", Pattern.DOTALL);

    /** Share of non-blank characters two lines must have in common to count as a rewording. */
    private static final double SIMILAR = 0.5;

    /** The spans of each side; each list covers its side's whole text. */
    record Result(List<Span> older, List<Span> newer, boolean similar) {}

    private WordDiff() {}

    static Result diff(String older, String newer) {
        List<String> olderTokens = tokens(older);
        List<String> newerTokens = tokens(newer);
        boolean[] olderChanged = new boolean[olderTokens.size()];
        boolean[] newerChanged = new boolean[newerTokens.size()];
        List<Integer> olderWords = words(olderTokens);
        List<Integer> newerWords = words(newerTokens);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(
                        pick(olderTokens, olderWords), pick(newerTokens, newerWords))
                .getDeltas();
        for (AbstractDelta<String> delta : deltas) {
            mark(olderChanged, olderWords, delta.getSource());
            mark(newerChanged, newerWords, delta.getTarget());
        }
        int shared = 0;
        for (int i = 0; i < olderTokens.size(); i++) {
            shared += olderChanged[i] ? 0 : nonBlank(olderTokens.get(i));
        }
        int total = nonBlank(older) + nonBlank(newer);
        boolean similar = total == 0 || 2.0 * shared / total >= SIMILAR;
        return new Result(spans(olderTokens, olderChanged), spans(newerTokens, newerChanged), similar);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Positions of the tokens that are not whitespace: only those are compared. */
    private static List<Integer> words(List<String> tokens) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isBlank()) {
                positions.add(i);
            }
        }
        return positions;
    }

    private static List<String> pick(List<String> tokens, List<Integer> positions) {
        return positions.stream().map(tokens::get).toList();
    }

    private static void mark(boolean[] changed, List<Integer> positions, Chunk<String> chunk) {
        for (int i = chunk.getPosition(); i < chunk.getPosition() + chunk.size(); i++) {
            changed[positions.get(i)] = true;
        }
    }

    /**
     * Joins tokens into runs. Whitespace is changed only between two changed words, so
     * "twice daily" reworded reads as one changed run and spacing alone is never marked.
     */
    private static List<Span> spans(List<String> tokens, boolean[] changed) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            changed[i] |= tokens.get(i).isBlank() && changed[i - 1] && changed[i + 1];
        }
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            run.append(tokens.get(i));
            if (i == tokens.size() - 1 || changed[i] != changed[i + 1]) {
                spans.add(new Span(changed[i], run.toString()));
                run.setLength(0);
            }
        }
        return spans;
    }

    private static int nonBlank(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
