package org.salus.review.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.Option;
import org.salus.article.Question;
import org.salus.article.QuestionKind;
import org.salus.article.Section;
import org.salus.article.SectionType;
import org.salus.review.diff.SectionChange.Kind;

class RevisionDiffTests {

    private static final Section OVERVIEW = typed(SectionType.OVERVIEW, "Overview", "Diabetes is common.\n");
    private static final Section SYMPTOMS =
            typed(SectionType.SYMPTOMS, "Symptoms", "Often none.\n\n- thirst\n- tiredness\n");
    private static final Section TREATMENT = typed(SectionType.TREATMENT, "Treatment", "Diet and exercise.\n");

    @Test
    void addedSectionHasEveryLineInserted() {
        List<SectionChange> changes = RevisionDiff.compare(List.of(OVERVIEW), List.of(OVERVIEW, SYMPTOMS));

        assertThat(changes)
                .containsExactly(
                        unchanged(OVERVIEW),
                        new SectionChange(
                                "symptoms",
                                "Symptoms",
                                Kind.ADDED,
                                false,
                                null,
                                List.of(
                                        DiffLine.inserted("Often none."),
                                        DiffLine.inserted(""),
                                        DiffLine.inserted("- thirst"),
                                        DiffLine.inserted("- tiredness"))));
        assertThat(changes.get(1).bodyChanged()).isTrue();
    }

    @Test
    void removedSectionHasEveryLineDeletedAndKeepsItsOlderPlace() {
        List<SectionChange> changes =
                RevisionDiff.compare(List.of(OVERVIEW, SYMPTOMS, TREATMENT), List.of(OVERVIEW, TREATMENT));

        assertThat(changes)
                .containsExactly(
                        unchanged(OVERVIEW),
                        new SectionChange(
                                "symptoms",
                                "Symptoms",
                                Kind.REMOVED,
                                false,
                                null,
                                List.of(
                                        DiffLine.deleted("Often none."),
                                        DiffLine.deleted(""),
                                        DiffLine.deleted("- thirst"),
                                        DiffLine.deleted("- tiredness"))),
                        unchanged(TREATMENT));
    }

    @Test
    void removedSectionWithNothingSurvivingBeforeItComesFirst() {
        List<SectionChange> changes =
                RevisionDiff.compare(List.of(OVERVIEW, SYMPTOMS, TREATMENT), List.of(TREATMENT, SYMPTOMS));

        assertThat(changes)
                .extracting(SectionChange::anchor, SectionChange::kind)
                .containsExactly(
                        tuple("overview", Kind.REMOVED),
                        tuple("treatment", Kind.UNCHANGED),
                        tuple("symptoms", Kind.UNCHANGED));
    }

    @Test
    void rewordedHeadingIsAChangeCarryingTheOldHeadingAndNoBodyLines() {
        Section reworded = typed(SectionType.SYMPTOMS, "What are the signs?", SYMPTOMS.markdown());

        List<SectionChange> changes = RevisionDiff.compare(List.of(SYMPTOMS), List.of(reworded));

        assertThat(changes)
                .containsExactly(new SectionChange(
                        "symptoms", "What are the signs?", Kind.CHANGED, true, "Symptoms", List.of()));
        assertThat(changes.get(0).bodyChanged()).isFalse();
    }

    @Test
    void changedLineAmongUnchangedOnesIsDeletedThenInsertedWithTheWordsThatDiffer() {
        Section older = typed(
                SectionType.TREATMENT,
                "Treatment",
                "Most people need tablets.\n\nTake metformin twice daily with food.\n\nSee your nurse yearly.\n");
        Section newer = typed(
                SectionType.TREATMENT,
                "Treatment",
                "Most people need tablets.\n\nTake metformin once a day with food.\n\nSee your nurse yearly.\n");

        List<SectionChange> changes = RevisionDiff.compare(List.of(older), List.of(newer));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).kind()).isEqualTo(Kind.CHANGED);
        assertThat(changes.get(0).headingChanged()).isFalse();
        assertThat(changes.get(0).lines())
                .containsExactly(
                        DiffLine.same("Most people need tablets."),
                        DiffLine.same(""),
                        DiffLine.deleted(
                                "Take metformin twice daily with food.",
                                Span.same("Take metformin "),
                                Span.changed("twice daily"),
                                Span.same(" with food.")),
                        DiffLine.inserted(
                                "Take metformin once a day with food.",
                                Span.same("Take metformin "),
                                Span.changed("once a day"),
                                Span.same(" with food.")),
                        DiffLine.same(""),
                        DiffLine.same("See your nurse yearly."));
    }

    @Test
    void replacedLineUnlikeTheOldOneCarriesNoWordLevelDetail() {
        Section older = typed(SectionType.CAUSES, "Causes", "Genes play a part.\n");
        Section newer = typed(SectionType.CAUSES, "Causes", "Being overweight raises the risk.\n");

        assertThat(RevisionDiff.compare(List.of(older), List.of(newer)).get(0).lines())
                .containsExactly(
                        DiffLine.deleted("Genes play a part."), DiffLine.inserted("Being overweight raises the risk."));
    }

    @Test
    void identicalRevisionsAreAllUnchangedWithNoLines() {
        List<Section> sections = List.of(OVERVIEW, SYMPTOMS, TREATMENT);

        assertThat(RevisionDiff.compare(sections, List.copyOf(sections)))
                .containsExactly(unchanged(OVERVIEW), unchanged(SYMPTOMS), unchanged(TREATMENT));
    }

    @Test
    void reorderedSectionsFollowTheNewerOrderAndStayUnchanged() {
        assertThat(RevisionDiff.compare(List.of(OVERVIEW, SYMPTOMS, TREATMENT), List.of(TREATMENT, OVERVIEW, SYMPTOMS)))
                .containsExactly(unchanged(TREATMENT), unchanged(OVERVIEW), unchanged(SYMPTOMS));
    }

    @Test
    void renamedFreeFormSectionIsRemovedWhereItStoodAndAddedBecauseItsAnchorFollowsTheHeading() {
        Section older = new Section(SectionType.OTHER, "What is LDL?", "what-is-ldl", "Bad cholesterol.\n", "");
        Section newer = new Section(SectionType.OTHER, "What is HDL?", "what-is-hdl", "Good cholesterol.\n", "");

        assertThat(RevisionDiff.compare(List.of(older), List.of(newer)))
                .containsExactly(
                        new SectionChange(
                                "what-is-ldl",
                                "What is LDL?",
                                Kind.REMOVED,
                                false,
                                null,
                                List.of(DiffLine.deleted("Bad cholesterol."))),
                        new SectionChange(
                                "what-is-hdl",
                                "What is HDL?",
                                Kind.ADDED,
                                false,
                                null,
                                List.of(DiffLine.inserted("Good cholesterol."))));
    }

    @Test
    void markupInTheTextComesThroughAsPlainTextWithNothingEscapedOrAdded() {
        Section older =
                typed(SectionType.OVERVIEW, "Overview <b>", "Safe text.\n<script>alert('x')</script> &amp; more\n");
        Section newer = typed(
                SectionType.OVERVIEW,
                "Overview <i>",
                "Safe text.\n<script>alert('y')</script> &amp; more\n<del>added</del>\n");

        SectionChange change =
                RevisionDiff.compare(List.of(older), List.of(newer)).get(0);

        assertThat(change)
                .isEqualTo(new SectionChange(
                        "overview",
                        "Overview <i>",
                        Kind.CHANGED,
                        true,
                        "Overview <b>",
                        List.of(
                                DiffLine.same("Safe text."),
                                DiffLine.deleted(
                                        "<script>alert('x')</script> &amp; more",
                                        Span.same("<script>alert('"),
                                        Span.changed("x"),
                                        Span.same("')</script> &amp; more")),
                                DiffLine.inserted(
                                        "<script>alert('y')</script> &amp; more",
                                        Span.same("<script>alert('"),
                                        Span.changed("y"),
                                        Span.same("')</script> &amp; more")),
                                DiffLine.inserted("<del>added</del>"))));
    }

    @Test
    void sectionsSharingAnAnchorAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RevisionDiff.compare(List.of(OVERVIEW, OVERVIEW), List.of(OVERVIEW)))
                .withMessage("Two sections anchored #overview");
    }

    private static Section typed(SectionType type, String heading, String markdown) {
        return new Section(type, heading, type.code(), markdown, "<p>rendered</p>");
    }

    private static SectionChange unchanged(Section section) {
        return new SectionChange(section.anchor(), section.heading(), Kind.UNCHANGED, false, null, List.of());
    }

    @Test
    void quizQuestionsAreComparedAfterTheSectionsAsTheContentFileWritesThem() {
        List<Section> sections = List.of(typed(SectionType.OVERVIEW, "About", "Two questions.\n"));
        Question before = question(1, "What does insulin do?", true, false);
        Question after = question(1, "What does insulin do?", false, true);
        Question added = question(2, "Is it common?", true, false);

        List<SectionChange> changes = RevisionDiff.compare(sections, List.of(before), sections, List.of(after, added));

        assertThat(changes)
                .extracting(SectionChange::anchor, SectionChange::kind)
                .containsExactly(
                        tuple("overview", Kind.UNCHANGED),
                        tuple("question-1", Kind.CHANGED),
                        tuple("question-2", Kind.ADDED));
        assertThat(changes.get(1).heading()).isEqualTo("Question 1: What does insulin do? {question=single}");
        assertThat(changes.get(1).lines())
                .filteredOn(line -> line.kind() != DiffLine.Kind.SAME)
                .extracting(DiffLine::kind, DiffLine::text)
                .containsExactly(
                        tuple(DiffLine.Kind.DELETED, "- [x] Option a"),
                        tuple(DiffLine.Kind.DELETED, "- [ ] Option b"),
                        tuple(DiffLine.Kind.INSERTED, "- [ ] Option a"),
                        tuple(DiffLine.Kind.INSERTED, "- [x] Option b"));
    }

    private static Question question(int number, String prompt, boolean... correct) {
        List<Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            options.add(new Option(String.valueOf((char) ('a' + i)), "Option " + (char) ('a' + i), correct[i]));
        }
        return new Question(
                number,
                QuestionKind.SINGLE,
                prompt,
                options,
                "Because.\n",
                "<p>Because.</p>",
                "gout",
                "causes",
                "Causes");
    }
}
