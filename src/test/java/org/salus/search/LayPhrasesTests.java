package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * The curated lay phrases: matching (word order free, small words ignored, longest phrase wins,
 * bounded) and the files' rules (every entry reviewed, every code a real code).
 */
class LayPhrasesTests {

    static final Path ICD10CM = Path.of("../shared/data/icd10cm/icd10cm-2022-order.tsv.gz");

    final LayPhrases bundled = LayPhrases.bundled();

    @Test
    void wordOrderAndSmallWordsDoNotMatter() {
        LayPhrases.Match plain = bundled.match("high blood sugar");
        assertThat(plain.isEmpty()).isFalse();
        for (String query :
                List.of("sugar in blood high", "blood sugar high", "my blood sugar is high", "High Blood-Sugar?")) {
            assertThat(bundled.match(query).entries()).as(query).isEqualTo(plain.entries());
        }
        assertThat(bundled.match("sugar in blood high").codes()).contains("ICD-10-CM|E11", "ICD-10-CM|R73.03");
        assertThat(bundled.match("sugar in blood high").names()).contains("diabetes", "prediabetes");
    }

    @Test
    void stemsAndAccentsDoNotMatter() {
        assertThat(about("dark patch on the neck")).contains("acanthosis nigricans");
        assertThat(about("neck with dark patches")).contains("acanthosis nigricans");
        assertThat(about("manchas oscuras en el cuello")).contains("acantosis nigricans");
        assertThat(about("mancha oscura cuello")).contains("acantosis nigricans");
        assertThat(about("azucar alta en la sangre")).contains("hiperglucemia");
        assertThat(about("la sangre con el azúcar alta")).contains("hiperglucemia");
    }

    @Test
    void aQueryMissingAKeyWordDoesNotMatch() {
        assertThat(bundled.match("high blood pressure").names()).doesNotContain("diabetes", "hyperglycemia");
        assertThat(bundled.match("blood").isEmpty()).isTrue();
        assertThat(bundled.match("sugar").isEmpty()).isTrue();
        assertThat(bundled.match("diabetes").isEmpty()).isTrue();
        assertThat(bundled.match("").isEmpty()).isTrue();
    }

    @Test
    void theLongerPhraseWinsOverOneItHolds() {
        LayPhrases phrases = new LayPhrases(List.of(
                entry("glucose", List.of("blood sugar"), "blood glucose"),
                entry("hyperglycemia", List.of("high blood sugar"), "hyperglycemia")));
        assertThat(phrases.match("blood sugar").names()).containsExactly("blood glucose");
        assertThat(phrases.match("sugar in blood high").names()).containsExactly("hyperglycemia");
    }

    @Test
    void matchesAreBounded() {
        LayPhrases.Match many = bundled.match(
                "always thirsty peeing a lot dark patches on neck irregular periods chest pain face drooping");
        assertThat(many.entries()).hasSize(LayPhrases.MAX_ENTRIES);
        List<String> expansions =
                QueryPlanner.withLayNames(many, List.of("a", "b", "c", "d", "e", "f", "g", "h"), List.of("x"));
        assertThat(expansions).hasSize(QueryPlanner.MAX_EXPANSIONS);
        assertThat(expansions.subList(0, many.names().size())).isEqualTo(many.names());
    }

    @Test
    void everyEntryIsReviewedAndNamesItsConditionByRealCodes() throws IOException {
        Set<String> icd10 = icd10Codes();
        assertThat(bundled.entries()).hasSizeGreaterThanOrEqualTo(30);
        for (LayPhraseFile.Entry entry : bundled.entries()) {
            LayPhraseFile.Review review = entry.review();
            assertThat(review.reviewer()).as(entry.about()).isNotBlank();
            assertThat(review.credentials()).as(entry.about()).isNotBlank();
            assertThat(review.reviewed()).as(entry.about()).isBetween(LocalDate.of(2026, 1, 1), LocalDate.now());
            for (String code : entry.codes()) {
                if (code.startsWith("ICD-10-CM|") && icd10 != null) {
                    assertThat(icd10).as(entry.about() + ": " + code).contains(code.substring("ICD-10-CM|".length()));
                }
                if (code.startsWith("UMLS|")) {
                    assertThat(code).as(entry.about()).matches("UMLS\\|C[0-9]{7}");
                }
            }
        }
    }

    @Test
    void bothLanguagesAreThere() {
        assertThat(bundled.entries().stream().map(LayPhraseFile.Entry::language))
                .contains("en", "es");
        long phrases =
                bundled.entries().stream().mapToLong(e -> e.phrases().size()).sum();
        assertThat(phrases).isGreaterThanOrEqualTo(200);
    }

    @Test
    void aBadFileIsRefusedWithTheEntryAndTheRule() {
        assertThatThrownBy(() -> LayPhraseFile.parse("x.yml", "en", """
                        - about: thirst
                          names: [diabetes]
                          phrases: [always thirsty]
                        """))
                .hasMessageContaining("x.yml, entry 1 (thirst) has no review");
        assertThatThrownBy(() -> LayPhraseFile.parse("x.yml", "en", """
                        - about: thirst
                          codes: [E11]
                          phrases: [always thirsty]
                          review: {reviewer: A, credentials: MD, reviewed: 2026-12-01}
                        """))
                .hasMessageContaining("\"E11\" is not SYSTEM|CODE");
        assertThatThrownBy(() -> LayPhraseFile.parse("x.yml", "en", """
                        - about: thirst
                          names: [diabetes]
                          phrases: [always thirsty]
                          review: {reviewer: A, credentials: MD, reviewed: soon}
                        """))
                .hasMessageContaining("reviewed \"soon\" is not a date");
        assertThatThrownBy(() -> new LayPhrases(List.of(entry("x", List.of("in the"), "x"))))
                .hasMessageContaining("only function words");
    }

    private List<String> about(String query) {
        return bundled.match(query).names();
    }

    private static LayPhraseFile.Entry entry(String about, List<String> phrases, String name) {
        return new LayPhraseFile.Entry(
                "en",
                about,
                phrases,
                List.of(),
                List.of(name),
                new LayPhraseFile.Review("A", "MD", LocalDate.of(2026, 12, 1)));
    }

    /** The ICD-10-CM 2022 code list when the shared data holds it, else null (the form is still checked). */
    private static Set<String> icd10Codes() throws IOException {
        if (!Files.exists(ICD10CM)) {
            return null;
        }
        Set<String> codes = new HashSet<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(ICD10CM))) {
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList());
            for (String line : lines.subList(1, lines.size())) {
                codes.add(line.split("\t")[1]);
            }
        }
        return codes;
    }
}
