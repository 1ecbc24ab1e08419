package org.salus.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.salus.web.EnglishUiText;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The dictionary's pages over HTTP, and its terms linked from the sample articles. */
@SiteTest
class DictionaryControllerTests {

    @Autowired
    Http http;

    @Test
    void theAToZListsTermsAndTheirOtherNames() {
        Document all = Http.html(http.get("/dictionary"));
        Document letterH = Http.html(http.get("/dictionary?letter=H"));

        assertThat(all.select(".terms dt a").eachText()).contains("insulin", "A1C", "acanthosis nigricans");
        assertThat(all.select(".terms dt a")).hasSizeGreaterThanOrEqualTo(45);
        assertThat(letterH.select(".terms dt").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("high blood pressure see"));
        assertThat(letterH.select(".terms dt a").eachText())
                .allSatisfy(t -> assertThat(t).startsWithIgnoringCase("h"));
    }

    @Test
    void theSearchBoxFindsWords() {
        Document page = Http.html(http.get("/dictionary?q=cholesterol"));

        assertThat(page.select(".terms dt a").eachText())
                .contains("LDL cholesterol", "HDL cholesterol")
                .allSatisfy(t -> assertThat(t.toLowerCase()).contains("cholesterol"));
    }

    @Test
    void aTermPageDefinesTheTermAndNamesTheArticlesThatUseIt() {
        Document page = Http.html(http.get("/dictionary/acanthosis-nigricans"));

        assertThat(page.selectFirst("h1").text()).isEqualTo("acanthosis nigricans");
        assertThat(page.selectFirst(".pronunciation").text()).startsWith("Say it:");
        assertThat(page.selectFirst(".definition").text()).startsWith("Acanthosis nigricans");
        assertThat(page.select(".term-entry h2 + ul a").eachAttr("href"))
                .contains("/topics/acanthosis-nigricans", "/topics/insulin-resistance");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("@type").asString()).isEqualTo("DefinedTerm");
        assertThat(json.get("inDefinedTermSet").get("@type").asString()).isEqualTo("DefinedTermSet");
    }

    @Test
    void anEnglishTermPageLinksItsSpanishTranslation() {
        Document page = Http.html(http.get("/dictionary/insulin"));

        Element translation = page.selectFirst(".term-entry .translation");
        assertThat(translation.attr("lang")).isEqualTo("es");
        assertThat(translation.text()).isEqualTo("En español: insulina");
        Element link = translation.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("/dictionary/insulina");
        assertThat(link.attr("hreflang")).isEqualTo("es");
        assertThat(page.select("head link[rel=alternate][hreflang]"))
                .extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
                .containsExactly(
                        "en " + page.selectFirst("link[rel=canonical]").attr("href"),
                        "es "
                                + page.selectFirst("link[rel=canonical]")
                                        .attr("href")
                                        .replace("/insulin", "/insulina"));
    }

    @Test
    void aSpanishTermPageIsMarkedSpanishAndLinksItsEnglishTerm() {
        Document page = Http.html(http.get("/dictionary/a1c-es"));

        assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst("h1").text()).isEqualTo("A1C");
        assertThat(page.selectFirst(".definition").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst(".definition").text()).startsWith("La A1C es una prueba de sangre");
        assertThat(page.selectFirst(".also-called span").attr("lang")).isEqualTo("es");
        Element translation = page.selectFirst(".term-entry .translation");
        assertThat(translation.attr("lang")).isEqualTo("en");
        assertThat(translation.text()).isEqualTo("In English: A1C");
        assertThat(translation.selectFirst("a").attr("href")).isEqualTo("/dictionary/a1c");
        assertThat(translation.selectFirst("a").attr("hreflang")).isEqualTo("en");
        assertThat(page.select("head link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("es", "en");
        assertThat(page.select(".term-entry h2 + ul a[lang=es]").eachText())
                .contains("prediabetes", "azúcar en la sangre");
    }

    @Test
    void aSpanishTermPageSpeaksSpanishAroundItsText() throws Exception {
        Document page = Http.html(http.get("/dictionary/insulina"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(EnglishUiText.in(page)).isEmpty();
        assertThat(page.selectFirst(".source").text()).startsWith("Fuente:");
        assertThat(page.select("a[href=/es/dictionary]")).isNotEmpty(); // back to the Spanish dictionary
    }

    @Test
    void theLanguageSwitchGoesBetweenInsulinAndInsulinaAndBack() {
        Document english = Http.html(http.get("/dictionary/insulin"));
        Element toSpanish = english.selectFirst("a.language-switch");
        assertThat(toSpanish.attr("href")).isEqualTo("/dictionary/insulina");
        assertThat(toSpanish.attr("hreflang")).isEqualTo("es");

        Document spanish = Http.html(http.get(toSpanish.attr("href")));
        Element toEnglish = spanish.selectFirst("a.language-switch");
        assertThat(toEnglish.attr("href")).isEqualTo("/dictionary/insulin");
        assertThat(toEnglish.attr("hreflang")).isEqualTo("en");
        assertThat(spanish.select("head link[rel=alternate][hreflang]"))
                .extracting(e -> e.attr("hreflang") + " " + e.attr("href").replaceFirst("^https?://[^/]+", ""))
                .containsExactlyInAnyOrder("es /dictionary/insulina", "en /dictionary/insulin");
    }

    @Test
    void aTermWithoutTranslationSwitchesToTheOtherLanguagesDictionary() {
        Document page = Http.html(http.get("/dictionary/acanthosis-nigricans"));

        assertThat(page.selectFirst("a.language-switch").attr("href")).isEqualTo("/es/dictionary");
    }

    @Test
    void aTermWithoutTranslationLinksNone() {
        Document page = Http.html(http.get("/dictionary/acanthosis-nigricans"));

        assertThat(page.select(".translation")).isEmpty();
        assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
    }

    @Test
    void eachLanguagesAToZListsItsOwnTermsMarkedWithTheirLanguage() {
        Document english = Http.html(http.get("/dictionary?q=insulin"));
        Document spanish = Http.html(http.get("/es/dictionary?q=insulin"));

        assertThat(english.select(".terms dt a[lang=en]").eachText()).contains("insulin", "insulin resistance");
        assertThat(english.select(".terms dt a[lang=es]")).isEmpty();
        assertThat(spanish.select(".terms dt a[lang=es]").eachText()).contains("insulina", "resistencia a la insulina");
        assertThat(spanish.select(".terms dt a[lang=en]")).isEmpty();
    }

    @Test
    void unknownTermsAreNotFound() {
        assertThat(http.get("/dictionary/no-such-word").statusCode()).isEqualTo(404);
        assertThat(http.get("/dictionary?letter=%3C").statusCode()).isEqualTo(400);
    }

    @Test
    void articlesLinkTheFirstMentionOfEachTermWithAShortDefinition() {
        Document page = Http.html(http.get("/topics/insulin-resistance"));

        Element symptoms = page.selectFirst("#symptoms");
        List<Element> links = symptoms.select(".term > a[href=/dictionary/acanthosis-nigricans]");
        assertThat(links).hasSize(1);
        Element tip = page.getElementById(links.get(0).attr("aria-describedby"));
        assertThat(tip.attr("role")).isEqualTo("tooltip");
        assertThat(tip.text()).startsWith("Acanthosis nigricans is");
        assertThat(page.select("h1 .term, h2 .term, h3 .term, nav.toc .term")).isEmpty();
        List<String> ids = page.select(".term-tip").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }
}
