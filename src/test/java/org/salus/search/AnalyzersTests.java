package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each language is analysed with its own stop words and stemmer; names language-neutrally. */
class AnalyzersTests {

    final Analyzers analyzers = new Analyzers();

    @Test
    void englishDropsStopWordsAndStems() {
        assertThat(analyzers.terms("en", "What are the symptoms of dark patches?"))
                .containsExactly("what", "symptom", "dark", "patch");
        assertThat(analyzers.terms("en", "treated")).isEqualTo(analyzers.terms("en", "treat"));
    }

    @Test
    void spanishStemsAndIgnoresAccents() {
        assertThat(analyzers.terms("es", "presión")).isEqualTo(analyzers.terms("es", "presion"));
        assertThat(analyzers.terms("es", "las manchas oscuras en el cuello"))
                .containsExactly("manch", "oscur", "cuell");
        assertThat(analyzers.terms("es", "diabetes")).isEqualTo(analyzers.terms("es", "diabetes"));
    }

    @Test
    void wordsAreLowerCaseAndFoldedButNotStemmed() {
        assertThat(analyzers.words("Azúcar en la Sangre, HbA1c"))
                .containsExactly("azucar", "en", "la", "sangre", "hba1c");
        assertThat(analyzers.words("*:* AND (OR) \"")).containsExactly("and", "or");
    }

    @Test
    void icd10CodesRollUpToTheirCategories() {
        assertThat(Codes.ancestors("E11.65")).containsExactly("E11.6", "E11");
        assertThat(Codes.ancestors("E11")).isEmpty();
        assertThat(Codes.inQuery("diabetes e11.9, ICD-10-CM:I10 and 38341003 D003924", 10))
                .containsExactly("E11.9", "I10", "38341003", "D003924");
        assertThat(Codes.inQuery("A B C D E F", 10)).isEmpty();
    }

    @Test
    void synonymsExpandTheLongestNameAndAreBounded() {
        Synonyms synonyms = Synonyms.of(
                List.of(
                        List.of("Hyperglycemia", "high blood sugar"),
                        List.of("blood sugar", "blood glucose"),
                        List.of("Type 2 Diabetes", "NIDDM", "adult-onset diabetes", "T2D")),
                analyzers);

        assertThat(synonyms.expansions(analyzers.words("high blood sugar at night"), 10))
                .containsExactly("Hyperglycemia");
        assertThat(synonyms.expansions(analyzers.words("my blood sugar"), 10)).containsExactly("blood glucose");
        assertThat(synonyms.expansions(analyzers.words("niddm"), 10))
                .containsExactly("Type 2 Diabetes", "adult-onset diabetes", "T2D");
        assertThat(synonyms.expansions(analyzers.words("niddm"), 2)).hasSize(2);
        assertThat(synonyms.expansions(analyzers.words("headache"), 10)).isEmpty();
    }
}
