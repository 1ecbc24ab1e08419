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
 * The relevance set over the bundled sample content (lay words, misspellings, codes, Spanish,
 * questions): its scores are printed and the build fails below the floor.
 */
@SiteTest
@OwnContext("search-relevance") // the sample site alone, not what other tests published
class SearchRelevanceTests {

    /** Measured 2026-11-29; the floor leaves room for one or two ranking changes, not for a regression. */
    static final double SUCCESS_AT_3_FLOOR = 0.90;

    static final double MRR_FLOOR = 0.85;

    @Autowired
    Search search;

    @Test
    void sampleRelevanceSetScoresAboveTheFloor() throws IOException {
        List<RelevanceScore.Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        RelevanceScore score = new RelevanceScore();
        for (RelevanceScore.Case c : cases) {
            score.add(c, RelevanceScore.seen(search.search(c.query(), null, null, 1, readerLanguage(c))));
        }
        System.out.println(score.report("Sample relevance set"));
        assertThat(score.successAt3()).as(score.report("sample")).isGreaterThanOrEqualTo(SUCCESS_AT_3_FLOOR);
        assertThat(score.mrr()).as(score.report("sample")).isGreaterThanOrEqualTo(MRR_FLOOR);
    }

    /**
     * Spanish queries are asked from the Spanish pages, whose search boxes go to {@code /es/search}
     * (Spanish results first); every other query from the English ones (English results first).
     */
    private static String readerLanguage(RelevanceScore.Case c) {
        return "spanish".equals(c.kind()) ? "es" : "en";
    }

    static List<RelevanceScore.Case> cases() throws IOException {
        String text = new ClassPathResource("search/relevance-sample.tsv").getContentAsString(StandardCharsets.UTF_8);
        List<RelevanceScore.Case> cases = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            cases.add(new RelevanceScore.Case(parts[0], parts[1], Set.of(parts[2].split("\\|"))));
        }
        return cases;
    }
}
