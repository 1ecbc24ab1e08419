package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Spanish twins under {@code /es} and the layout's language switch (docs/languages.md): each
 * twin is Spanish, the English lists no longer mix in Spanish entries, and the switch goes to the
 * same page in the other language when there is one, else to the other language's home.
 */
@SiteTest
class LanguageSwitchTests {

    @Autowired
    Http http;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/es",
                "/es/topics",
                "/es/topics?letter=D",
                "/es/dictionary",
                "/es/quizzes",
                "/es/search",
                "/es/search?q=diabetes", // results in both languages, facets, pages
                "/es/search?q=diabetes&page=2",
                "/es/search?q=presion+alta", // "También se buscó: …"
                "/es/search?q=diabetis", // "¿Quiso decir …?"
                "/es/search?q=xylophone+quokka", // nothing found
                "/es/search?q=*:*" // no words
            })
    void eachSpanishTwinIsSpanish(String path) throws IOException {
        Document page = Http.html(ok(http.get(path)));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(EnglishUiText.in(page)).isEmpty();
    }

    @Test
    void theSpanishAToZListsSpanishArticlesOnlyInTheSpanishAlphabet() {
        Document page = Http.html(ok(http.get("/es/topics")));

        assertThat(page.select(".az-list a").eachAttr("href"))
                .contains("/topics/resistencia-insulina", "/topics/diabetes-tipo-2")
                .doesNotContain("/topics/insulin-resistance", "/topics/type-2-diabetes");
        assertThat(page.select(".az li").eachText()).containsSequence("N", "Ñ", "O");
        assertThat(page.select(".az a").eachAttr("href")).allMatch(href -> href.startsWith("/es/topics?letter="));
    }

    @Test
    void eachAToZTakesItsOwnAlphabetsLetters() {
        assertThat(http.get("/es/topics?letter=%C3%91").statusCode()).isEqualTo(200);
        assertThat(http.get("/es/topics?letter=%C3%B1").statusCode()).isEqualTo(200);
        assertThat(http.get("/topics?letter=%C3%91").statusCode()).isEqualTo(400);
    }

    @Test
    void theEnglishAToZNoLongerListsSpanishArticles() {
        Document page = Http.html(ok(http.get("/topics")));

        assertThat(page.select(".az-list a").eachAttr("href"))
                .contains("/topics/insulin-resistance")
                .doesNotContain("/topics/resistencia-insulina", "/topics/diabetes-tipo-2");
        assertThat(page.select(".az li").eachText()).doesNotContain("Ñ");
    }

    @Test
    void eachDictionaryListsItsOwnLanguagesTerms() {
        Document english = Http.html(ok(http.get("/dictionary")));
        Document spanish = Http.html(ok(http.get("/es/dictionary")));

        assertThat(english.select("dl.terms dt a").eachAttr("lang"))
                .isNotEmpty()
                .containsOnly("en");
        assertThat(spanish.select("dl.terms dt a").eachAttr("lang"))
                .isNotEmpty()
                .containsOnly("es");
        assertThat(spanish.select("dl.terms dt a").eachAttr("href")).contains("/dictionary/insulina");
    }

    @Test
    void theSpanishHomeFeaturesSpanishTopicsAndSearchesInSpanish() {
        Document page = Http.html(ok(http.get("/es")));

        assertThat(page.select(".featured h3 a").eachAttr("href"))
                .containsExactly(
                        "/topics/resistencia-insulina",
                        "/topics/estado-prediabetico",
                        "/topics/diabetes-tipo-2",
                        "/topics/presion-arterial-alta",
                        "/topics/colesterol-alto-en-ninos");
        assertThat(page.select(".browse .az a").eachAttr("href")).allMatch(href -> href.startsWith("/es/topics?"));
        assertThat(page.selectFirst("form.finder").attr("action")).isEqualTo("/es/search");
        assertThat(page.select("form.finder input[name=lang]"))
                .as("Spanish first, not Spanish only: the English results follow")
                .isEmpty();
        assertThat(page.selectFirst("a.brand").attr("href")).isEqualTo("/es");
    }

    @ParameterizedTest
    @CsvSource({
        "/, /es",
        "/topics, /es/topics",
        "/dictionary, /es/dictionary",
        "/quizzes, /es/quizzes",
        "/topics/insulin-resistance, /topics/resistencia-insulina",
        "/search, /es/search",
        "/search?q=diabetes+tipo+2, /es/search?q=diabetes+tipo+2",
        "/search?q=presi%C3%B3n+alta&type=article&lang=es, /es/search?q=presi%C3%B3n+alta&type=article&lang=es"
    })
    void theSwitchRoundTripsBetweenTwins(String english, String spanish) {
        Element toSpanish = languageSwitch(english);
        assertThat(toSpanish.text()).isEqualTo("Español");
        assertThat(toSpanish.attr("lang")).isEqualTo("es");
        assertThat(toSpanish.attr("hreflang")).isEqualTo("es");
        assertThat(toSpanish.attr("href")).isEqualTo(spanish);

        Element toEnglish = languageSwitch(spanish);
        assertThat(toEnglish.text()).isEqualTo("English");
        assertThat(toEnglish.attr("lang")).isEqualTo("en");
        assertThat(toEnglish.attr("hreflang")).isEqualTo("en");
        assertThat(toEnglish.attr("href")).isEqualTo(english);
    }

    @Test
    void aPageWithoutATranslationSwitchesToTheOtherLanguagesHome() {
        assertThat(languageSwitch("/topics/obesity").attr("href")).isEqualTo("/es");
    }

    @Test
    void twinsNameEachOtherAsAlternates() {
        Document page = Http.html(ok(http.get("/es/topics")));

        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactlyInAnyOrder("en", "es");
        assertThat(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
                .endsWith("/topics");
        assertThat(page.selectFirst("link[rel=alternate][hreflang=es]").attr("href"))
                .endsWith("/es/topics");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/es/topics");
    }

    /** The same search in the other language, from its first page: the two order results differently. */
    @Test
    void theSwitchOfAResultsPageKeepsTheQueryAndFiltersButNotThePage() {
        assertThat(languageSwitch("/search?q=diabetes&page=2").attr("href")).isEqualTo("/es/search?q=diabetes");
        assertThat(languageSwitch("/es/search?q=diabetes&type=term&page=2").attr("href"))
                .isEqualTo("/search?q=diabetes&type=term");
    }

    private Element languageSwitch(String path) {
        Element link = Http.html(ok(http.get(path))).selectFirst("a.language-switch");
        assertThat(link).as(path).isNotNull();
        return link;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }
}
