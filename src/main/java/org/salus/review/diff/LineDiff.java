package org.salus.review.diff;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * Line-level diff of two Markdown bodies (Myers, via java-diff-utils). Within a block of
 * replaced lines the deleted lines come first, then the inserted ones, as in a unified diff;
 * the n-th deleted and n-th inserted line are paired for a word-level diff when they are
 * similar enough to read as a rewording.
 */
final class LineDiff {

    private LineDiff() {}

    static List<String> lines(String markdown) {
        return markdown == null ? List.of() : markdown.lines().toList();
    }

    static List<DiffLine> diff(List<String> older, List<String> newer) {
        List<DiffLine> out = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            Chunk<String> source = delta.getSource();
            older.subList(next, source.getPosition()).forEach(line -> out.add(DiffLine.same(line)));
            replace(source.getLines(), delta.getTarget().getLines(), out);
            next = source.getPosition() + source.size();
        }
        older.subList(next, older.size()).forEach(line -> out.add(DiffLine.same(line)));
        return out;
    }

    /** Every line as {@code kind}, without word-level detail: a section added or removed whole. */
    static List<DiffLine> all(List<String> lines, DiffLine.Kind kind) {
        return lines.stream().map(line -> new DiffLine(kind, line, List.of())).toList();
    }

    private static void replace(List<String> deleted, List<String> inserted, List<DiffLine> out) {
        List<DiffLine> insertedLines = new ArrayList<>(inserted.size());
        for (int i = 0; i < Math.max(deleted.size(), inserted.size()); i++) {
            WordDiff.Result words =
                    i < deleted.size() && i < inserted.size() ? WordDiff.diff(deleted.get(i), inserted.get(i)) : null;
            boolean reworded = words != null && words.similar();
            if (i < deleted.size()) {
                out.add(new DiffLine(DiffLine.Kind.DELETED, deleted.get(i), reworded ? words.older() : List.of()));
            }
            if (i < inserted.size()) {
                insertedLines.add(
                        new DiffLine(DiffLine.Kind.INSERTED, inserted.get(i), reworded ? words.newer() : List.of()));
            }
        }
        out.addAll(insertedLines);
    }
}
