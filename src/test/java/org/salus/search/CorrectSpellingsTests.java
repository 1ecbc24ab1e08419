package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correctly spelled queries ({@code correct-spellings.tsv}) get no "did you mean" over the sample
 * content: the false-correction rate must be 0.
 */
@SiteTest
@OwnContext("search-relevance") // the sample site alone, not what other tests published
class CorrectSpellingsTests {

    @Autowired
    Search search;

    @Test
    void correctlySpelledQueriesAreNeverCorrected() throws IOException {
        List<SpellingSets.Correct> cases = SpellingSets.correctSpellings();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
        List<String> corrected = falseCorrections(search, cases);
        System.out.printf(
                "Correct spellings (sample): %d queries, %d false corrections %s%n",
                cases.size(), corrected.size(), corrected);
        assertThat(corrected).isEmpty();
    }

    /** "query → did you mean" for every query that got one. */
    static List<String> falseCorrections(Search search, List<SpellingSets.Correct> cases) {
        List<String> corrected = new ArrayList<>();
        for (SpellingSets.Correct c : cases) {
            String didYouMean =
                    search.search(c.query(), null, null, 1, c.language()).didYouMean();
            if (didYouMean != null) {
                corrected.add(c.query() + " → " + didYouMean);
            }
        }
        return corrected;
    }
}
