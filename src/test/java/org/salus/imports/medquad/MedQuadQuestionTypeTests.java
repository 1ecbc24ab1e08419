package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.SectionType;

/** Every question type of MedQuAD's NIH subsets has a section. */
class MedQuadQuestionTypeTests {

    /** The 16 qtypes that occur in medquad-nih-subsets.zip. */
    static final List<String> IN_THE_DATA = List.of(
            "information",
            "treatment",
            "frequency",
            "inheritance",
            "genetic changes",
            "research",
            "symptoms",
            "exams and tests",
            "outlook",
            "susceptibility",
            "causes",
            "considerations",
            "prevention",
            "stages",
            "complications",
            "support groups");

    @Test
    void everyQuestionTypeInTheDataHasASection() {
        for (String qtype : IN_THE_DATA) {
            assertThat(MedQuadQuestionType.of(qtype, "Some answer.")).as(qtype).isPresent();
        }
    }

    @Test
    void theMainTypesMapToTheirOwnSections() {
        assertThat(section("information")).isEqualTo(SectionType.OVERVIEW);
        assertThat(section("symptoms")).isEqualTo(SectionType.SYMPTOMS);
        assertThat(section("causes")).isEqualTo(SectionType.CAUSES);
        assertThat(section("genetic changes")).isEqualTo(SectionType.CAUSES);
        assertThat(section("exams and tests")).isEqualTo(SectionType.DIAGNOSIS);
        assertThat(section("treatment")).isEqualTo(SectionType.TREATMENT);
        assertThat(section("prevention")).isEqualTo(SectionType.PREVENTION);
        assertThat(section("considerations")).isEqualTo(SectionType.LIVING_WITH);
        assertThat(section("support groups")).isEqualTo(SectionType.LIVING_WITH);
        assertThat(section("outlook")).isEqualTo(SectionType.OTHER);
    }

    @Test
    void spacingAndCaseOfTheQtypeDoNotMatter() {
        assertThat(MedQuadQuestionType.of(" Exams  and Tests ", "x")).contains(MedQuadQuestionType.EXAMS_AND_TESTS);
    }

    @Test
    void considerationsThatAreAListOfKeyPointsArePointsToRemember() {
        assertThat(MedQuadQuestionType.of("considerations", "- Salt matters.  - Water helps."))
                .contains(MedQuadQuestionType.POINTS_TO_REMEMBER);
        assertThat(MedQuadQuestionType.of("considerations", "Eating, diet, and nutrition matter."))
                .contains(MedQuadQuestionType.CONSIDERATIONS);
    }

    @Test
    void aTypeOutsideTheNihSubsetsIsUnknown() {
        assertThat(MedQuadQuestionType.of("side effects", "x")).isEmpty();
        assertThat(MedQuadQuestionType.of("", "x")).isEmpty();
    }

    private static SectionType section(String qtype) {
        return MedQuadQuestionType.of(qtype, "An answer.").orElseThrow().section();
    }
}
