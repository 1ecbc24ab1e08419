package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionWordsTests {

    private final Analyzers analyzers = new Analyzers();

    @Test
    void aQuestionKeepsOnlyWhatItIsAbout() {
        assertThat(QuestionWords.strip(analyzers.words("What is A1C?"))).containsExactly("is", "a1c");
        assertThat(QuestionWords.strip(analyzers.words("How do I lower my cholesterol")))
                .containsExactly("lower", "cholesterol");
        assertThat(QuestionWords.strip(analyzers.words("¿Cuál es mi nivel de azúcar?")))
                .containsExactly("es", "nivel", "de", "azucar");
    }

    @Test
    void aQuestionWordAloneIsStillSearched() {
        assertThat(QuestionWords.strip(List.of("what"))).containsExactly("what");
        assertThat(QuestionWords.strip(List.of("how", "why"))).containsExactly("how", "why");
    }

    @Test
    void wordsThatAreNotQuestionWordsAreKeptInOrder() {
        assertThat(QuestionWords.strip(List.of("high", "blood", "sugar"))).containsExactly("high", "blood", "sugar");
    }
}
