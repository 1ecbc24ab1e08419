package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.changes.ChangeHistory;

/**
 * Counting and paging beyond what one page ranks, over an index of 625 documents that all match:
 * totals and facet counts are exact, pages stop at {@link Search#MAX_PAGE}, and pages do not
 * repeat hits although each request ranks only the pages near it, and the reader's language goes
 * first (the Spanish articles after every English one for an English reader, before them for a
 * Spanish one). "asthma" names articles, so the dictionary terms are a block of their own on the
 * first page, outside the list, its total and its pages.
 */
class SearchPagingTests {

    static final int ARTICLES = 600;
    static final int TERMS = 25;
    /** The last articles are Spanish; not a whole number of pages: one page holds both languages. */
    static final int SPANISH = 25;

    @TempDir
    Path folder;

    SearchIndex index;
    Search search;

    @BeforeEach
    void buildIndex() {
        index = new SearchIndex(
                manyMatches(),
                ChangeHistory.NONE,
                new Analyzers(),
                Clock.systemUTC(),
                new SearchProperties(folder, null, true));
        index.start(Duration.ofMinutes(1));
        search = new Search(index);
    }

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    @Test
    void totalsAndFacetsCountEveryHitNotOnlyTheRankedOnes() {
        SearchResults all = search.search("asthma", null, null, 1, "en");
        assertThat(all.total())
                .as("the list's total: the terms are in their block")
                .isEqualTo(ARTICLES);
        assertThat(all.terms()).hasSize(Search.TERMS_APART);
        assertThat(all.kinds()).isEqualTo(Map.of("article", (long) ARTICLES, "term", (long) TERMS));
        assertThat(all.languages())
                .isEqualTo(Map.of("en", (long) (ARTICLES - SPANISH), "es", (long) (SPANISH + TERMS)));
        assertThat(all.pages()).isEqualTo(Search.MAX_PAGE);
        assertThat(search.search("asthma", null, null, 2, "en").terms())
                .as("the block is on the first page only")
                .isEmpty();

        SearchResults terms = search.search("asthma", "term", null, 1, "en");
        assertThat(terms.total()).isEqualTo(TERMS);
        assertThat(terms.pages()).isEqualTo(3);
        assertThat(terms.kinds()).as("facets count the unfiltered hits").isEqualTo(all.kinds());
        assertThat(search.search("asthma", "term", "en", 1, "en").total()).isZero();
    }

    /** "pulmones" is only in the (Spanish) terms: no article is named, so the terms are the list. */
    @Test
    void termsStayInTheListWhenNoArticleIsNamed() {
        SearchResults lungs = search.search("pulmones", null, null, 1, "en");
        assertThat(lungs.total()).isEqualTo(TERMS);
        assertThat(lungs.terms()).isEmpty();
        assertThat(lungs.hits()).allMatch(hit -> hit.url().startsWith("/dictionary/"));
    }

    @Test
    void theBestHitsComeFirstAndPagesNeitherRepeatNorSkip() {
        List<String> firstPage = urls(1);
        assertThat(firstPage).hasSize(Search.PAGE_SIZE).allMatch(url -> url.matches("/topics/named-\\d"));

        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= Search.MAX_PAGE; page++) {
            List<String> urls = urls(page);
            assertThat(urls).hasSize(Search.PAGE_SIZE);
            assertThat(urls).as("page %d repeats no earlier hit", page).allMatch(seen::add);
        }
        assertThat(seen).hasSize(Search.MAX_PAGE * Search.PAGE_SIZE);
        assertThat(search.search("asthma", null, null, Search.MAX_PAGE + 7, "en")
                        .page())
                .isEqualTo(Search.MAX_PAGE);
    }

    /**
     * A Spanish reader gets every Spanish hit first (here articles that score below the English
     * ones), then the English ones, and pages still neither repeat nor skip, across the page where
     * the languages meet too; the terms stay in their block on the first page.
     */
    @Test
    void theReadersLanguageComesFirstAcrossPages() {
        List<String> all = new ArrayList<>();
        for (int page = 1; page <= Search.MAX_PAGE; page++) {
            List<String> urls = urls(page, "es");
            assertThat(urls).hasSize(Search.PAGE_SIZE);
            all.addAll(urls);
        }
        assertThat(all).noneMatch(url -> url.startsWith("/dictionary/"));
        assertThat(all.subList(0, SPANISH)).allMatch(url -> url.startsWith("/topics/tema-"));
        assertThat(all.subList(SPANISH, all.size())).noneMatch(url -> url.startsWith("/topics/tema-"));
        assertThat(all.subList(SPANISH, SPANISH + Search.PAGE_SIZE))
                .as("the English articles in their own order: the named ones first")
                .allMatch(url -> url.matches("/topics/named-\\d"));
        assertThat(new HashSet<>(all)).hasSize(Search.MAX_PAGE * Search.PAGE_SIZE);
    }

    private List<String> urls(int page) {
        return urls(page, "en");
    }

    private List<String> urls(int page, String readerLanguage) {
        return search.search("asthma", null, null, page, readerLanguage).hits().stream()
                .map(SearchResults.Hit::url)
                .toList();
    }

    /**
     * Articles that all mention asthma (ten in their titles; the last {@link #SPANISH} in Spanish)
     * and Spanish dictionary terms that do too.
     */
    static GeneratedSource manyMatches() {
        List<Searchable> terms = new ArrayList<>();
        for (int i = 0; i < TERMS; i++) {
            terms.add(new Searchable(
                    "term:" + i,
                    Searchable.Kind.TERM,
                    "es",
                    "term",
                    "termino-" + i,
                    "Término " + i,
                    List.of(),
                    "Relacionado con asthma.",
                    "",
                    "Una palabra relacionada con asthma y los pulmones.",
                    List.of()));
        }
        return new GeneratedSource(ARTICLES, SearchPagingTests::article, terms, List.of());
    }

    private static Searchable article(int i) {
        if (i >= ARTICLES - SPANISH) {
            return new Searchable(
                    "article:" + i,
                    Searchable.Kind.ARTICLE,
                    "es",
                    "condition",
                    "tema-" + i,
                    "Tema pulmonar " + i,
                    List.of(),
                    "Sobre el asthma " + i + ".",
                    "Resumen",
                    "El asthma y la respiración.",
                    List.of());
        }
        boolean named = i < 10;
        String title = named ? "Asthma topic " + i : "Lung topic " + i;
        // Bodies of different lengths, so their scores differ.
        String body = "Breathing and asthma. " + "Lungs carry air. ".repeat(1 + i % 37);
        return new Searchable(
                "article:" + i,
                Searchable.Kind.ARTICLE,
                "en",
                "condition",
                (named ? "named-" : "lung-") + i,
                title,
                List.of(),
                "About the lungs.",
                "Overview",
                body,
                List.of());
    }
}
