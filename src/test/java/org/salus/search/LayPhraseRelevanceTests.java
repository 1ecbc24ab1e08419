package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The lay-phrase relevance set ({@code search/lay-phrases.tsv}: symptoms and conditions in the
 * readers' words, English and Spanish) over the sample site: its scores are printed and the build
 * fails below the floor. The same set runs with MedQuAD loaded in {@link MedQuadLayPhraseTests}.
 */
@SiteTest
@OwnContext("search-relevance") // the sample site alone, not what other tests published
class LayPhraseRelevanceTests {

    /** Target of issue 22; measured 2026-12-05 above it (docs/search.md, "Lay phrases"). */
    static final double SUCCESS_AT_3_FLOOR = 0.90;

    @Autowired
    Search search;

    @Test
    void layPhraseSetScoresAboveTheFloor() throws IOException {
        List<LayCase> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        assertThat(cases.stream().map(LayCase::language)).contains("en", "es");
        RelevanceScore score = new RelevanceScore();
        for (LayCase c : cases) {
            score.add(new RelevanceScore.Case(c.query(), c.language(), c.sample()), urls(c));
        }
        System.out.println(score.report("Lay-phrase relevance set, sample site"));
        assertThat(score.successAt3()).as(score.report("lay phrases")).isGreaterThanOrEqualTo(SUCCESS_AT_3_FLOOR);
    }

    /** Issue 22: this ranked High Blood Pressure third and no diabetes page in the top six. */
    @Test
    void sugarInBloodHighFindsDiabetesPagesAboveHighBloodPressure() {
        List<String> urls = urls(new LayCase("sugar in blood high", "en", Set.of(), Set.of()));
        List<String> diabetes = List.of("topics/type-2-diabetes", "topics/prediabetes", "topics/insulin-resistance");
        assertThat(urls.subList(0, 3)).containsAnyElementsOf(diabetes);
        int firstDiabetes = urls.stream()
                .filter(diabetes::contains)
                .map(urls::indexOf)
                .findFirst()
                .orElseThrow();
        int pressure = urls.indexOf("topics/high-blood-pressure");
        assertThat(pressure < 0 || pressure > firstDiabetes)
                .as("High Blood Pressure (%s) below the first diabetes page (%s) in %s", pressure, firstDiabetes, urls)
                .isTrue();
    }

    /** The Spanish reader's twin: the Spanish type 2 diabetes page first, whatever the word order. */
    @Test
    void azucarAltaEnLaSangreInAnyOrderFindsTheSpanishDiabetesPage() {
        for (String q : List.of("azúcar alta en la sangre", "sangre con el azucar alta")) {
            assertThat(urls(new LayCase(q, "es", Set.of(), Set.of())).subList(0, 3))
                    .as(q)
                    .contains("topics/diabetes-tipo-2");
        }
    }

    private List<String> urls(LayCase c) {
        return RelevanceScore.seen(search.search(c.query(), null, null, 1, c.language()));
    }

    /** One line of the set: the query, the reader's language, the sample site's answers, MedQuAD titles. */
    record LayCase(String query, String language, Set<String> sample, Set<String> medquadTitles) {}

    static List<LayCase> cases() throws IOException {
        String text = new ClassPathResource("search/lay-phrases.tsv").getContentAsString(StandardCharsets.UTF_8);
        List<LayCase> cases = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            Set<String> titles = parts[3].equals("-") ? Set.of() : Set.of(parts[3].split("\\|"));
            cases.add(new LayCase(parts[0], parts[1], Set.of(parts[2].split("\\|")), titles));
        }
        return cases;
    }
}
