package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Ranking rules of {@link Search} that the relevance sets do not single out, over the sample content. */
@SiteTest
class SearchTests {

    @Autowired
    Search search;

    @Test
    void theReadersLanguageSettlesATieBetweenTwoArticlesWithOneCode() {
        // "Type 2 Diabetes" and "Diabetes tipo 2" both carry ICD-10-CM E11.
        assertThat(firstUrl("E11", "en")).isEqualTo("/topics/type-2-diabetes");
        assertThat(firstUrl("E11", "es")).isEqualTo("/topics/diabetes-tipo-2");
    }

    /** Issue 22: "Also searched for" repeated names that differ only in case. */
    @Test
    void alsoSearchedForNamesEachNameOnceIgnoringCaseAndAccents() {
        QueryPlanner.Plan plan = new QueryPlanner.Plan(
                "NIDDM",
                null,
                List.of("Type 2 diabetes", "type 2 diabetes", "niddm", "Hipertensión", "hipertension", "T2D"),
                List.of(),
                null,
                List.of(),
                Map.of());

        assertThat(Search.alsoSearchedFor(plan)).containsExactly("Type 2 diabetes", "Hipertensión", "T2D");
        assertThat(search.search("NIDDM", null, null, 1, "en").expandedWith())
                .isNotEmpty()
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(Duplicates.normalised(name)).isNotEqualTo("niddm"));
    }

    private String firstUrl(String q, String readerLanguage) {
        return search.search(q, null, null, 1, readerLanguage).hits().get(0).url();
    }
}
