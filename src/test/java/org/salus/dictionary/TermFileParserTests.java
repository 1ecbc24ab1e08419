package org.salus.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TermFileParserTests {

    private final TermFileParser parser = new TermFileParser();

    @Test
    void readsATermFile() {
        TermDraft term = parser.parse("beta-cells.md", """
                ---
                name: beta cells
                pronunciation: "BAY-tuh sells"
                synonyms:
                  - insulin-making cells
                related_terms: [insulin, pancreas]
                related_articles: [insulin-resistance]
                ---
                Beta cells are cells in the pancreas that make insulin.
                """);

        assertThat(term.slug()).isEqualTo("beta-cells");
        assertThat(term.language()).isEqualTo("en");
        assertThat(term.pronunciation()).isEqualTo("BAY-tuh sells");
        assertThat(term.synonyms()).containsExactly("insulin-making cells");
        assertThat(term.relatedTerms()).containsExactly("insulin", "pancreas");
        assertThat(term.relatedArticles()).containsExactly("insulin-resistance");
        assertThat(term.linkable()).isTrue();
        assertThat(term.source()).isEqualTo("Salus Health");
        assertThat(term.definitionMarkdown()).isEqualTo("Beta cells are cells in the pancreas that make insulin.\n");
    }

    @Test
    void aTermInAnotherLanguageNamesTheEnglishTermItTranslates() {
        TermDraft term = parser.parse("insulina.md", """
                ---
                name: insulina
                language: es
                translation: insulin
                link: false
                ---
                La insulina es una hormona.
                """);

        assertThat(term.language()).isEqualTo("es");
        assertThat(term.translationOf()).isEqualTo("insulin");
        assertThat(parser.parse("insulin.md", "---\nname: insulin\n---\nA hormone.\n")
                        .translationOf())
                .isNull();
    }

    @Test
    void aTranslationNamesAnEnglishTermBySlug() {
        assertThatThrownBy(
                        () -> parser.parse("es.md", "---\nname: x\nlanguage: es\ntranslation: Insulin Shot\n---\nT\n"))
                .hasMessage("es.md: 'translation' must be the slug of an English term, e.g. insulin");
        assertThatThrownBy(() -> parser.parse("en.md", "---\nname: x\ntranslation: insulina\n---\nText\n"))
                .hasMessageStartingWith("en.md: an English term translates nothing");
    }

    @Test
    void aTermCanBeMarkedTooCommonToLink() {
        assertThat(parser.parse("x.md", "---\nname: blood sugar\nlink: false\n---\nSugar in the blood.\n")
                        .linkable())
                .isFalse();
    }

    @Test
    void mistakesAreReportedWithTheFileName() {
        assertThatThrownBy(() -> parser.parse("bad.md", "---\nname: x\ncolour: red\n---\nText\n"))
                .hasMessage("bad.md: unknown key 'colour'");
        assertThatThrownBy(() -> parser.parse("bad.md", "---\nname: x\n---\n\n"))
                .hasMessage("bad.md: the term has no definition");
        assertThatThrownBy(() -> parser.parse("bad.md", "---\npronunciation: y\n---\nText\n"))
                .hasMessage("bad.md: 'name' is required");
    }

    @Test
    void theShortDefinitionIsTheFirstSentence() {
        assertThat(Dictionary.shortDefinition("<p>Insulin is a hormone. It moves sugar into cells.</p>"))
                .isEqualTo("Insulin is a hormone.");
    }
}
