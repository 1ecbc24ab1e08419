package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.importing.Importer;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 22's ranking failures with the real MedQuAD corpus imported beside the sample content
 * (skipped when the shared data folder does not hold it). Shares its context, and so the import,
 * with {@link MedQuadRelevanceTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("search-medquad")
class MedQuadRankingTests {

    @Autowired
    List<Importer> importers;

    @Autowired
    SearchIndex index;

    @Autowired
    Search search;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void importMedQuadOnce() {
        MedQuadCorpus.importOnce(importers, index, jdbc);
    }

    /**
     * Both carry E11.9, but "Maternally inherited diabetes and deafness" lists it among many codes,
     * while the type 2 diabetes pages are about it: they come first.
     */
    @Test
    void anExactCodeFindsThePageAboutItBeforeOneThatListsIt() {
        Map<String, Set<String>> byTitle = MedQuadCorpus.urlsByTitle(jdbc);
        Set<String> type2 = byTitle.get("diabetes type 2");
        Set<String> midd = byTitle.get("maternally inherited diabetes and deafness");
        assertThat(type2).isNotNull();
        assertThat(midd).isNotNull();

        List<String> urls = RelevanceScore.seen(search.search("E11.9", null, null, 1, "en"));
        int firstType2 = indexOfAny(urls, type2);
        int firstMidd = indexOfAny(urls, midd);
        assertThat(firstType2).as("a Diabetes Type 2 page in %s", urls).isGreaterThanOrEqualTo(0);
        assertThat(firstMidd < 0 || firstType2 < firstMidd)
                .as(
                        "Diabetes Type 2 (%s) above Maternally inherited diabetes and deafness (%s) in %s",
                        firstType2, firstMidd, urls)
                .isTrue();
    }

    /** The "High Blood Pressure" results can be told apart: each names its source, with its type. */
    @Test
    void resultsThatShareATitleCanBeToldApart() {
        List<SearchResults.Hit> same = search.search("high blood pressure", null, null, 1, "en").hits().stream()
                .filter(hit -> hit.title().toLowerCase(Locale.ROOT).equals("high blood pressure"))
                .toList();
        assertThat(same).hasSizeGreaterThanOrEqualTo(3);
        // The site's own copy has no source of its own; the page names the site (SearchSourcesTests).
        assertThat(same.stream().filter(hit -> hit.source() == null)).hasSizeLessThanOrEqualTo(1);
        assertThat(same.stream().map(hit -> hit.type() + " · " + hit.source()).distinct())
                .as("type and source tell them apart: %s", same)
                .hasSize(same.size());
    }

    private static int indexOfAny(List<String> urls, Set<String> wanted) {
        for (int i = 0; i < urls.size(); i++) {
            if (wanted.contains(urls.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
