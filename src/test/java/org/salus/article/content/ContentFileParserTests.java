package org.salus.article.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.salus.article.ChangeKind;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.SectionType;

class ContentFileParserTests {

    private static final String VALID = """
            ---
            title: Insulin Resistance
            language: en
            type: condition
            summary: Your body does not respond well to insulin.
            also_called:
              - Insulin insensitivity
            former_slugs: [insulin-insensitivity]
            codes:
              - system: ICD-10-CM
                code: E88.81
                display: Metabolic syndrome
            sources:
              - organisation: NIDDK
                title: Insulin Resistance & Prediabetes
                url: https://www.niddk.nih.gov/
                accessed: 2026-10-15
            related: [prediabetes]
            review:
              reviewer: Dr. Lena Marsh
              credentials: MD
              specialty: Endocrinology
              reviewed: 2026-09-30
            change_kind: editorial
            ---

            ## What is it? {section=overview}

            Insulin moves sugar into cells.

            ## Signs {section=symptoms}

            Often none.
            """;

    private final ContentFileParser parser = new ContentFileParser();

    @Test
    void readsFrontMatterAndSections() {
        ContentFile file = parser.parse("insulin-resistance.md", VALID);

        assertThat(file.slug()).isEqualTo("insulin-resistance");
        assertThat(file.language()).isEqualTo("en");
        assertThat(file.contentType()).isEqualTo(ContentType.CONDITION);
        assertThat(file.formerSlugs()).containsExactly("insulin-insensitivity");
        assertThat(file.draft().title()).isEqualTo("Insulin Resistance");
        assertThat(file.draft().alsoCalled()).containsExactly("Insulin insensitivity");
        assertThat(file.draft().codes()).containsExactly(new Code("ICD-10-CM", "E88.81", "Metabolic syndrome"));
        assertThat(file.draft().sources().get(0).accessedOn()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(file.draft().relatedSlugs()).containsExactly("prediabetes");
        assertThat(file.draft().changeKind()).isEqualTo(ChangeKind.EDITORIAL);
        assertThat(file.draft().sections())
                .extracting(s -> s.type())
                .containsExactly(SectionType.OVERVIEW, SectionType.SYMPTOMS);
        assertThat(file.draft().sections().get(0).heading()).isEqualTo("What is it?");
        assertThat(file.draft().sections().get(1).markdown()).isEqualTo("Often none.\n");
        assertThat(file.review())
                .get()
                .extracting(ReviewClaim::reviewer, ReviewClaim::reviewed, ReviewClaim::nextDue)
                .containsExactly("Dr. Lena Marsh", LocalDate.of(2026, 9, 30), null);
    }

    @Test
    void slugDefaultsToTheHyphenatedTitle() {
        assertThat(parser.parse("x.md", VALID).slug()).isEqualTo("insulin-resistance");
    }

    @Test
    void aFileWithoutReviewCarriesNone() {
        String text = VALID.replaceAll("review:\\n(  [^\\n]*\\n)+", "");

        assertThat(parser.parse("x.md", text).review()).isEmpty();
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        String text = VALID.replace("language: en", "language: [en");

        assertThatThrownBy(() -> parser.parse("bad.md", text))
                .isInstanceOf(ContentFileException.class)
                .hasMessageStartingWith("bad.md:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void unknownSectionTypeNamesFileAndLine() {
        String text = VALID.replace("{section=symptoms}", "{section=symtoms}");

        assertThatThrownBy(() -> parser.parse("bad.md", text))
                .hasMessage("bad.md:31: unknown section type 'symtoms' (known types: overview, causes, symptoms, "
                        + "diagnosis, treatment, prevention, when-to-seek-care, living-with, other)");
    }

    @Test
    void missingTitleIsReported() {
        String text = VALID.replace("title: Insulin Resistance\n", "");

        assertThatThrownBy(() -> parser.parse("bad.md", text)).hasMessage("bad.md:1: 'title' is required");
    }

    @Test
    void unknownKeyNamesItsLine() {
        String text = VALID.replace("language: en", "language: en\nauthor_email: a@b.c");

        assertThatThrownBy(() -> parser.parse("bad.md", text))
                .hasMessageStartingWith("bad.md:4: unknown key 'author_email'");
    }

    @Test
    void headingWithoutSectionTypeIsReported() {
        String text = VALID.replace("## Signs {section=symptoms}", "## Signs");

        assertThatThrownBy(() -> parser.parse("bad.md", text))
                .hasMessageStartingWith("bad.md:31: a section heading ends with {section=TYPE}");
    }

    @Test
    void secondSectionOfTheSameTypeIsReported() {
        String text = VALID.replace("{section=symptoms}", "{section=overview}");

        assertThatThrownBy(() -> parser.parse("bad.md", text))
                .hasMessageStartingWith("bad.md:31: a second 'overview' section");
    }

    @Test
    void unclosedFrontMatterIsReported() {
        String text = VALID.replace("change_kind: editorial\n---", "change_kind: editorial\n");

        assertThatThrownBy(() -> parser.parse("bad.md", text)).hasMessageContaining("not closed by a '---' line");
    }

    @Test
    void unsafeSourceUrlIsRefused() {
        String text = VALID.replace("url: https://www.niddk.nih.gov/", "url: javascript:alert(1)");

        assertThatThrownBy(() -> parser.parse("bad.md", text)).hasMessageContaining("must start with https://");
    }

    @Test
    void invalidSlugIsRefused() {
        String text = VALID.replaceFirst(
                "(?m)^title: Insulin Resistance$", "title: Insulin Resistance\nslug: Insulin_Resistance");

        assertThatThrownBy(() -> parser.parse("bad.md", text))
                .hasMessageStartingWith("bad.md:3: slug 'Insulin_Resistance'");
    }

    @Test
    void translationOfNamesTheOriginal() {
        String text = VALID.replace("language: en", "language: en\ntranslation_of: resistencia-insulina");

        assertThat(parser.parse("insulin-resistance.md", text).translationOf()).contains("resistencia-insulina");
        assertThat(parser.parse("insulin-resistance.md", VALID).translationOf()).isEmpty();
    }

    @Test
    void translationOfThatIsNoSlugIsRefusedAtItsLine() {
        String text = VALID.replace("language: en", "language: en\ntranslation_of: Resistencia Insulina");

        assertThatThrownBy(() -> parser.parse("bad.md", text))
                .hasMessageStartingWith("bad.md:4: translation_of 'Resistencia Insulina' must be the slug of another");
    }

    @Test
    void anArticleIsNotATranslationOfItself() {
        String text = VALID.replace("language: en", "language: en\ntranslation_of: insulin-resistance");

        assertThatThrownBy(() -> parser.parse("bad.md", text)).hasMessageStartingWith("bad.md:4: translation_of");
    }
}
