package org.salus.review.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.salus.article.Question;
import org.salus.article.QuizMarkdown;
import org.salus.article.Section;
import org.salus.article.SectionType;

/**
 * A readable, section-by-section diff of two revisions for editors. Output is plain data (no
 * HTML): the template escapes every string and chooses how to show each kind of change.
 *
 * <pre>{@code
 * FieldChange title = RevisionDiff.compareField(older.title(), newer.title());
 * List<SectionChange> sections = RevisionDiff.compare(older.sections(), newer.sections());
 * }</pre>
 */
public final class RevisionDiff {

    private RevisionDiff() {}

    /**
     * Compares the sections of two revisions, matched by anchor. The result follows the newer
     * revision's order; a removed section comes right after the section that preceded it in the
     * older revision (or first, if nothing before it survived).
     *
     * @throws IllegalArgumentException if a revision has two sections with the same anchor
     *                                  (stored revisions cannot: anchors are unique per revision)
     */
    public static List<SectionChange> compare(List<Section> older, List<Section> newer) {
        Map<String, Section> olderByAnchor = byAnchor(older);
        Map<String, Section> newerByAnchor = byAnchor(newer);

        List<SectionChange> removedFirst = new ArrayList<>();
        Map<String, List<SectionChange>> removedAfter = new HashMap<>();
        String lastKept = null;
        for (Section section : older) {
            if (newerByAnchor.containsKey(section.anchor())) {
                lastKept = section.anchor();
            } else {
                List<SectionChange> into = lastKept == null
                        ? removedFirst
                        : removedAfter.computeIfAbsent(lastKept, anchor -> new ArrayList<>());
                into.add(removed(section));
            }
        }

        List<SectionChange> changes = new ArrayList<>(removedFirst);
        for (Section section : newer) {
            Section before = olderByAnchor.get(section.anchor());
            changes.add(before == null ? added(section) : matched(before, section));
            changes.addAll(removedAfter.getOrDefault(section.anchor(), List.of()));
        }
        return List.copyOf(changes);
    }

    /**
     * Compares two revisions' sections and then their quiz questions, a question shown as a
     * section "Question 2: prompt" whose text is the question as the content file writes it
     * (options marked right or wrong, explanation, "Read more:" link). Questions are matched by
     * number, so a changed answer key or link shows as a changed line.
     */
    public static List<SectionChange> compare(
            List<Section> older, List<Question> olderQuestions, List<Section> newer, List<Question> newerQuestions) {
        List<SectionChange> changes = new ArrayList<>(compare(older, newer));
        changes.addAll(compare(asSections(olderQuestions), asSections(newerQuestions)));
        return List.copyOf(changes);
    }

    private static List<Section> asSections(List<Question> questions) {
        return questions.stream()
                .map(q -> new Section(
                        SectionType.OTHER,
                        "Question " + q.number() + ": " + q.prompt() + " {question="
                                + q.kind().code() + "}",
                        "question-" + q.number(),
                        QuizMarkdown.body(q.draft()),
                        ""))
                .toList();
    }

    /** Word-level diff of a plain text field such as the title or summary; null reads as empty. */
    public static FieldChange compareField(String older, String newer) {
        String before = Objects.requireNonNullElse(older, "");
        String after = Objects.requireNonNullElse(newer, "");
        WordDiff.Result words = WordDiff.diff(before, after);
        return new FieldChange(before, after, words.older(), words.newer());
    }

    /** Line-level diff (word-level within reworded lines) of two Markdown texts; null reads as empty. */
    public static List<DiffLine> compareText(String older, String newer) {
        return LineDiff.diff(LineDiff.lines(older), LineDiff.lines(newer));
    }

    private static SectionChange added(Section section) {
        return new SectionChange(
                section.anchor(),
                section.heading(),
                SectionChange.Kind.ADDED,
                false,
                null,
                LineDiff.all(LineDiff.lines(section.markdown()), DiffLine.Kind.INSERTED));
    }

    private static SectionChange removed(Section section) {
        return new SectionChange(
                section.anchor(),
                section.heading(),
                SectionChange.Kind.REMOVED,
                false,
                null,
                LineDiff.all(LineDiff.lines(section.markdown()), DiffLine.Kind.DELETED));
    }

    private static SectionChange matched(Section before, Section after) {
        boolean headingChanged = !Objects.equals(before.heading(), after.heading());
        List<String> olderLines = LineDiff.lines(before.markdown());
        List<String> newerLines = LineDiff.lines(after.markdown());
        boolean bodyChanged = !olderLines.equals(newerLines);
        SectionChange.Kind kind =
                headingChanged || bodyChanged ? SectionChange.Kind.CHANGED : SectionChange.Kind.UNCHANGED;
        return new SectionChange(
                after.anchor(),
                after.heading(),
                kind,
                headingChanged,
                headingChanged ? before.heading() : null,
                bodyChanged ? LineDiff.diff(olderLines, newerLines) : List.of());
    }

    private static Map<String, Section> byAnchor(List<Section> sections) {
        Map<String, Section> map = new LinkedHashMap<>();
        for (Section section : sections) {
            if (map.putIfAbsent(section.anchor(), section) != null) {
                throw new IllegalArgumentException("Two sections anchored #" + section.anchor());
            }
        }
        return map;
    }
}
