package org.salus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Spanish search page {@code /es/search} over the sample content, through real HTTP requests
 * (docs/search.md): every Spanish page's search box goes there, it lists the Spanish results before
 * the English ones (and {@code /search} the reverse), and it understands Spanish lay words with or
 * without accents. That it has no English UI text is checked with the other Spanish twins
 * ({@code LanguageSwitchTests}).
 */
@SiteTest
class SpanishSearchTests {

    @Autowired
    Http http;

    @Test
    void theSpanishSearchPageIsSpanishAndItsLinksStayOnIt() {
        Document page = page("/es/search?q=diabetes");

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Buscar");
        assertThat(page.selectFirst("main form.finder").attr("action")).isEqualTo("/es/search");
        assertThat(page.select(".facets a, .pagination a").eachAttr("href"))
                .isNotEmpty()
                .allMatch(href -> href.startsWith("/es/search?q=diabetes"));
        assertThat(page("/es/search?q=diabetes&lang=en").select(".result-meta").eachText())
                .isNotEmpty()
                .allMatch(meta -> meta.endsWith(" · Inglés (English)"));
    }

    @Test
    void diabetesTipo2FindsTheSpanishArticleFirst() {
        assertThat(hrefs("/es/search", "diabetes tipo 2").get(0)).isEqualTo("/topics/diabetes-tipo-2");
    }

    @Test
    void everySpanishResultComesBeforeAnyEnglishOne() {
        List<String> languages = languagesOfEveryPage("/es/search?q=diabetes");

        assertThat(languages).contains("es", "en");
        assertThat(languages.subList(languages.indexOf("en"), languages.size()))
                .as("no Spanish result after the first English one")
                .containsOnly("en");
    }

    @Test
    void theEnglishSearchListsEveryEnglishResultBeforeAnySpanishOne() {
        List<String> languages = languagesOfEveryPage("/search?q=diabetes");

        assertThat(languages).contains("es", "en");
        assertThat(languages.subList(languages.indexOf("es"), languages.size()))
                .as("no English result after the first Spanish one")
                .containsOnly("es");
        // Only Spanish matches: they are all there is, on the first page.
        assertThat(hrefs("/search", "presión alta").get(0)).isEqualTo("/topics/presion-arterial-alta");
    }

    @Test
    void theLanguageFacetStillFiltersToOneLanguage() {
        for (String language : List.of("en", "es")) {
            Document page = page("/es/search?q=diabetes&lang=" + language);
            assertThat(page.select("ol.search-results > li").eachAttr("lang"))
                    .isNotEmpty()
                    .containsOnly(language);
            assertThat(page.selectFirst(".facets a[aria-current=true][href*=lang=" + language + "]"))
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"azúcar alta en la sangre", "azucar alta en la sangre", "azúcar alta", "azucar alta"})
    void highBloodSugarInLayWordsFindsHyperglycemiaAndTheDiabetesArticle(String q) {
        // The query names an article (through the lay phrase), so the terms have their own block.
        assertThat(hrefs("/es/search", q).subList(0, 3)).contains("/topics/diabetes-tipo-2");
        assertThat(termHrefs("/es/search", q)).contains("/dictionary/hiperglucemia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"presión alta", "presion alta", "tensión alta", "tension alta"})
    void highBloodPressureInLayWordsFindsTheArticleAndHypertension(String q) {
        Document page = page("/es/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));

        List<String> hrefs = page.select("ol.search-results h2 a").eachAttr("href");
        assertThat(hrefs.get(0)).isEqualTo("/topics/presion-arterial-alta");
        assertThat(hrefs).as("articles only: the terms have their own block").allMatch(h -> h.startsWith("/topics/"));
        assertThat(page.select(".dictionary-terms h3 a").eachAttr("href")).contains("/dictionary/hipertension");
        assertThat(page.selectFirst(".dictionary-terms h2").text()).isEqualTo("Del diccionario");
        assertThat(page.selectFirst(".expanded").text())
                .startsWith("También se buscó:")
                .contains("hipertensión");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/es", "/es/topics", "/es/dictionary", "/topics/diabetes-tipo-2", "/es/search?q=insulina"})
    void aSpanishPagesSearchBoxGoesToTheSpanishSearch(String path) {
        Element box = page(path).selectFirst("header form.site-search");

        assertThat(box.attr("action")).isEqualTo("/es/search");
        assertThat(box.selectFirst("input#site-q").attr("data-suggest")).isEqualTo("/es/search/suggest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/topics", "/dictionary", "/topics/type-2-diabetes", "/search?q=insulin"})
    void anEnglishPagesSearchBoxGoesToTheEnglishSearch(String path) {
        Element box = page(path).selectFirst("header form.site-search");

        assertThat(box.attr("action")).isEqualTo("/search");
        assertThat(box.selectFirst("input#site-q").attr("data-suggest")).isEqualTo("/search/suggest");
    }

    @Test
    void eachTypeAheadOffersItsLanguagesNamesFirst() {
        String spanish = suggestions("/es/search/suggest?q=diabetes+2");
        String english = suggestions("/search/suggest?q=diabetes+2");

        assertThat(spanish.indexOf("/topics/diabetes-tipo-2")).isNotNegative();
        assertThat(spanish.indexOf("/topics/diabetes-tipo-2")).isLessThan(spanish.indexOf("/topics/type-2-diabetes"));
        assertThat(spanish.indexOf("/dictionary/diabetes-tipo-2"))
                .isLessThan(spanish.indexOf("/topics/type-2-diabetes"));
        assertThat(english.indexOf("/topics/type-2-diabetes")).isNotNegative();
        assertThat(english.indexOf("/topics/type-2-diabetes")).isLessThan(english.indexOf("/topics/diabetes-tipo-2"));
        assertThat(english.indexOf("/dictionary/type-2-diabetes"))
                .isLessThan(english.indexOf("/topics/diabetes-tipo-2"));
    }

    /** The results' languages, page after page, following the "next" links. */
    private List<String> languagesOfEveryPage(String first) {
        List<String> languages = new ArrayList<>();
        String next = first;
        while (next != null) {
            Document page = page(next);
            languages.addAll(page.select("ol.search-results > li").eachAttr("lang"));
            Element link = page.selectFirst(".pagination a[rel=next]");
            next = link == null ? null : link.attr("href");
        }
        return languages;
    }

    private String suggestions(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return response.body();
    }

    private List<String> hrefs(String searchPage, String q) {
        return page(searchPage + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .select("ol.search-results h2 a")
                .eachAttr("href");
    }

    private List<String> termHrefs(String searchPage, String q) {
        return page(searchPage + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .select(".dictionary-terms h3 a")
                .eachAttr("href");
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Http.html(response);
    }
}
