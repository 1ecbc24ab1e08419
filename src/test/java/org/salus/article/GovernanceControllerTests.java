package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The governance pages over real HTTP, from the bundled template files: every page in both
 * languages at its stable address, its structured data and language links; the footer that links
 * them on every kind of page; and that they stay out of the lists of health content.
 */
@SiteTest
class GovernanceControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Http http;

    @Test
    void everyPageAnswersInBothLanguagesMarkedAsATemplate() {
        for (GovernancePages.Known known : GovernancePages.KNOWN) {
            Document english = Http.html(ok(known.path("en")));
            Document spanish = Http.html(ok(known.path("es")));

            assertThat(english.selectFirst("html").attr("lang"))
                    .as(known.path("en"))
                    .isEqualTo("en");
            assertThat(spanish.selectFirst("html").attr("lang"))
                    .as(known.path("es"))
                    .isEqualTo("es");
            assertThat(english.selectFirst("main h1").text()).isNotBlank();
            assertThat(spanish.selectFirst("main h1").text())
                    .isNotEqualTo(english.selectFirst("main h1").text());
            assertThat(english.selectFirst("main blockquote").text())
                    .startsWith("Template: adapt this text to your organisation");
            assertThat(spanish.selectFirst("main blockquote").text())
                    .startsWith("Plantilla: adapte este texto a su organización");
            assertThat(english.selectFirst(".governance-updated").text()).isEqualTo("Last updated December 5, 2026");
            assertThat(spanish.selectFirst(".governance-updated").text())
                    .isEqualTo("Última actualización: 5 de diciembre de 2026");
            // Each is the other's twin: hreflang links and the language switch go there.
            assertThat(english.select("link[rel=alternate][hreflang=es]").attr("href"))
                    .endsWith(known.path("es"));
            assertThat(spanish.select("link[rel=alternate][hreflang=en]").attr("href"))
                    .endsWith(known.path("en"));
            assertThat(english.selectFirst("a.language-switch").attr("href")).isEqualTo(known.path("es"));
            assertThat(spanish.selectFirst("a.language-switch").attr("href")).isEqualTo(known.path("en"));
            assertThat(english.selectFirst("link[rel=canonical]").attr("href")).endsWith(known.path("en"));
            // No medical review line: these pages give no health advice.
            assertThat(english.select(".review-line")).isEmpty();
        }
    }

    @Test
    void structuredDataSaysWhatKindOfPageItIs() {
        assertThat(jsonLd("/about").get("@type").asString()).isEqualTo("AboutPage");
        assertThat(jsonLd("/es/about").get("@type").asString()).isEqualTo("AboutPage");
        assertThat(jsonLd("/about/contact").get("@type").asString()).isEqualTo("ContactPage");
        JsonNode privacy = jsonLd("/es/about/privacy");
        assertThat(privacy.get("@type").asString()).isEqualTo("WebPage");
        assertThat(privacy.get("inLanguage").asString()).isEqualTo("es");
        assertThat(privacy.get("name").asString()).isEqualTo("Aviso de privacidad");
        assertThat(privacy.get("url").asString()).endsWith("/es/about/privacy");
        assertThat(privacy.get("publisher").get("@type").asString()).isEqualTo("Organization");
    }

    @Test
    void thePrivacyNoticeSaysWhatStoriesAndFeedbackKeepAndHowToAskForErasure() {
        String text = Http.html(ok("/about/privacy")).selectFirst("main").text();

        assertThat(text)
                .contains("A published story leaves the page two years after it was published")
                .contains("we erase your personal data")
                .contains("salus.stories.erase-after")
                .contains("we keep the page, your yes or no, and a short comment if you add one")
                .contains("You can ask us to see, correct or erase");
    }

    @Test
    void theFooterLinksEveryPageInThePagesLanguageOnEveryKindOfPage() {
        List<String> english = new ArrayList<>(List.of("/topics"));
        List<String> spanish = new ArrayList<>(List.of("/es/topics"));
        GovernancePages.KNOWN.forEach(known -> {
            english.add(known.path("en"));
            spanish.add(known.path("es"));
        });
        for (String path : List.of(
                "/",
                "/topics",
                "/topics/insulin-resistance",
                "/dictionary",
                "/quizzes",
                "/about/privacy",
                "/search?q=sugar",
                "/login")) {
            assertThat(footerLinks(Http.html(ok(path)), "About this site"))
                    .as(path)
                    .containsExactlyElementsOf(english);
        }
        for (String path :
                List.of("/es", "/es/topics", "/topics/resistencia-insulina", "/es/dictionary", "/es/about")) {
            assertThat(footerLinks(Http.html(ok(path)), "Sobre este sitio"))
                    .as(path)
                    .containsExactlyElementsOf(spanish);
        }
        HttpResponse<String> missing = http.get("/es/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(footerLinks(Http.html(missing), "Sobre este sitio")).containsExactlyElementsOf(spanish);
    }

    @Test
    void theFootersLinkTextsArePlainWordsInThePagesLanguage() {
        Element footer = Http.html(ok("/es")).selectFirst("footer nav");
        assertThat(footer.select("a").eachText())
                .contains("Quiénes somos", "Aviso de privacidad", "Accesibilidad", "Contáctenos o informe un error");
    }

    @Test
    void governancePagesStayOutOfTheListsOfHealthContent() {
        // The footer links them on every page: the lists are in main.
        assertThat(main("/topics")).doesNotContain("/about/privacy", "Privacy notice");
        assertThat(main("/es/topics")).doesNotContain("/about", "Aviso de privacidad");
        assertThat(main("/search?q=privacy+notice")).doesNotContain("/about/privacy");
        assertThat(main("/search?q=privacy")).doesNotContain("/about/privacy");
        assertThat(ok("/feed.atom").body()).doesNotContain("/about");
        assertThat(ok("/api/v1/articles?limit=100").body()).doesNotContain("privacy-notice");
        assertThat(main("/reviewers/dr-lena-marsh")).doesNotContain("/about/");
        HttpResponse<String> oldAddress = http.get("/topics/privacy-notice");
        assertThat(oldAddress.statusCode()).isEqualTo(301);
        assertThat(oldAddress.headers().firstValue("Location").orElseThrow()).endsWith("/about/privacy");
    }

    @Test
    void theSitemapListsThePagesWithTheirTwins() {
        String topics = sitemapFiles().stream().map(path -> ok(path).body()).reduce("", String::concat);
        assertThat(topics).contains("/about/privacy</loc>", "/es/about/privacy</loc>", "/about</loc>");
        assertThat(topics).contains("hreflang=\"es\" href=\"https://health.example.org/es/about/privacy\"");
    }

    @Test
    void anUnknownPageIsNotFoundInItsLanguage() {
        assertThat(http.get("/about/no-such-page").statusCode()).isEqualTo(404);
        HttpResponse<String> spanish = http.get("/es/about/no-such-page");
        assertThat(spanish.statusCode()).isEqualTo(404);
        assertThat(Http.html(spanish).selectFirst("html").attr("lang")).isEqualTo("es");
        HttpResponse<String> bySlug = http.get("/about/privacy-notice");
        assertThat(bySlug.statusCode()).as("one address per page").isEqualTo(301);
        assertThat(bySlug.headers().firstValue("Location").orElseThrow()).endsWith("/about/privacy");
        assertThat(http.get("/about/insulin-resistance").statusCode())
                .as("a health topic is no governance page")
                .isEqualTo(404);
    }

    private String main(String path) {
        return Http.html(ok(path)).selectFirst("main").html();
    }

    private List<String> sitemapFiles() {
        Document index = Http.html(ok("/sitemap.xml"));
        return index.select("loc").eachText().stream()
                .map(url -> url.substring(url.indexOf("/sitemaps/")))
                .toList();
    }

    private static List<String> footerLinks(Document page, String label) {
        Element nav = page.selectFirst("footer nav[aria-label=" + label + "]");
        assertThat(nav).as("footer navigation labelled " + label).isNotNull();
        return nav.select("a").eachAttr("href");
    }

    private JsonNode jsonLd(String path) {
        return JSON.readTree(Http.html(ok(path))
                .selectFirst("script[type=application/ld+json]")
                .data());
    }

    private HttpResponse<String> ok(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }
}
