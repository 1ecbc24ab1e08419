package org.salus.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The bundled sample dictionary as the loader reads it: both language folders, consistent links. */
class DictionaryLoaderTests {

    private final List<TermDraft> samples = DictionaryLoader.read();
    private final Map<String, TermDraft> bySlug =
            samples.stream().collect(Collectors.toMap(TermDraft::slug, Function.identity()));

    @Test
    void readsTheEnglishAndTheSpanishFolder() {
        assertThat(samples).hasSize(bySlug.size()); // slugs are unique across languages
        assertThat(samples).filteredOn(t -> t.language().equals("en")).hasSizeGreaterThanOrEqualTo(56);
        assertThat(samples)
                .filteredOn(t -> t.language().equals("es"))
                .extracting(TermDraft::name)
                .contains(
                        "insulina",
                        "resistencia a la insulina",
                        "prediabetes",
                        "glucosa",
                        "azúcar en la sangre",
                        "A1C",
                        "células beta",
                        "páncreas");
    }

    @Test
    void everySpanishSampleTranslatesItsOwnEnglishSampleAndIsNotLinkedFromArticles() {
        List<TermDraft> spanish =
                samples.stream().filter(t -> t.language().equals("es")).toList();

        assertThat(spanish).allSatisfy(term -> {
            assertThat(bySlug.get(term.translationOf()))
                    .as(term.slug())
                    .isNotNull()
                    .extracting(TermDraft::language)
                    .isEqualTo("en");
            assertThat(term.linkable()).as(term.slug()).isFalse(); // articles are English
        });
        assertThat(spanish).extracting(TermDraft::translationOf).doesNotHaveDuplicates();
        assertThat(bySlug.get("insulina").translationOf()).isEqualTo("insulin");
        assertThat(bySlug.get("celulas-beta").translationOf()).isEqualTo("beta-cells");
    }

    @Test
    void everyRelatedTermOfASpanishSampleIsASpanishSample() {
        Set<String> spanishSlugs = samples.stream()
                .filter(t -> t.language().equals("es"))
                .map(TermDraft::slug)
                .collect(Collectors.toSet());

        assertThat(samples)
                .filteredOn(t -> t.language().equals("es"))
                .allSatisfy(term -> assertThat(spanishSlugs).as(term.slug()).containsAll(term.relatedTerms()));
    }
}
