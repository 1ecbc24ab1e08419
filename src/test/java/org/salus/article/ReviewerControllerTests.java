package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A reviewer's public profile in English and Spanish, over real HTTP: links, switch, alternates, JSON-LD, photo. */
@SiteTest
class ReviewerControllerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    ReviewerProfileRepository profiles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSpanishPageSpeaksSpanishAndNamesItsEnglishTwin() {
        HttpResponse<String> response = http.get("/es/reviewers/dra-elena-ortiz");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Http.html(response);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(page.selectFirst(".content-type").text()).isEqualTo("Revisor médico");
        assertThat(page.selectFirst("main h2").text()).isEqualTo("Artículos revisados por Dra. Elena Ortiz");
        assertThat(page.select("ul.reviewed a").eachAttr("href")).contains("/topics/diabetes-tipo-2");
        assertThat(page.selectFirst("dt").text()).isNotEqualTo("Affiliations");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/es/reviewers/dra-elena-ortiz");
        assertThat(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
                .endsWith("/reviewers/dra-elena-ortiz")
                .doesNotContain("/es/");
        assertThat(page.selectFirst("link[rel=alternate][hreflang=es]").attr("href"))
                .endsWith("/es/reviewers/dra-elena-ortiz");
        Element languageSwitch = page.selectFirst("a.language-switch");
        assertThat(languageSwitch.attr("href")).isEqualTo("/reviewers/dra-elena-ortiz");
        assertThat(languageSwitch.attr("hreflang")).isEqualTo("en");
        JsonNode person = jsonLd(page);
        assertThat(person.get("@type").asString()).isEqualTo("Person");
        assertThat(person.get("name").asString()).isEqualTo("Dra. Elena Ortiz");
        assertThat(person.get("url").asString()).endsWith("/es/reviewers/dra-elena-ortiz");
        assertThat(person.get("mainEntityOfPage").get("inLanguage").asString()).isEqualTo("es");
        assertThat(person.has("image")).isFalse();
    }

    @Test
    void theEnglishPageSwitchesToTheSpanishOneAndKeepsItsOwnCanonical() {
        Document page = Http.html(http.get("/reviewers/dra-elena-ortiz"));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst(".content-type").text()).isEqualTo("Medical reviewer");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .endsWith("/reviewers/dra-elena-ortiz")
                .doesNotContain("/es/");
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactlyInAnyOrder("en", "es");
        assertThat(page.selectFirst("a.language-switch").attr("href")).isEqualTo("/es/reviewers/dra-elena-ortiz");
        JsonNode person = jsonLd(page);
        assertThat(person.get("url").asString()).doesNotContain("/es/");
        assertThat(person.get("mainEntityOfPage").get("inLanguage").asString()).isEqualTo("en");
    }

    @Test
    void aSpanishArticlesReviewLineGoesToTheSpanishProfileAndAnEnglishOnesToTheEnglish() {
        Document spanish = Http.html(http.get("/topics/diabetes-tipo-2"));
        Document english = Http.html(http.get("/topics/type-2-diabetes"));

        assertThat(spanish.selectFirst(".review-line a.reviewer").attr("href"))
                .isEqualTo("/es/reviewers/dra-elena-ortiz");
        assertThat(english.selectFirst(".review-line a.reviewer").attr("href")).startsWith("/reviewers/");
    }

    @Test
    void anUnknownReviewerUnderEsIsTheSpanishNotFoundPage() {
        HttpResponse<String> response = http.get("/es/reviewers/nobody-here", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.html(response).selectFirst("html").attr("lang")).isEqualTo("es");
    }

    @Test
    void aPhotoIsShownWithItsRenditionsAndTheLibrarysAltTextInEachLanguage() {
        people.create("photorev1", Role.REVIEWER);
        ReviewerProfile profile = profiles.findBySlug("dr-photorev1").orElseThrow();
        long image = imageId("insulin-resistance-diagram");
        String altEn = jdbc.sql("SELECT alt_en FROM image WHERE id = :id")
                .param("id", image)
                .query(String.class)
                .single();
        String altEs = jdbc.sql("SELECT alt_es FROM image WHERE id = :id")
                .param("id", image)
                .query(String.class)
                .single();
        profiles.savePhoto(profile.id(), image);

        Document english = Http.html(http.get("/reviewers/dr-photorev1"));
        Document spanish = Http.html(http.get("/es/reviewers/dr-photorev1"));

        Element photo = english.selectFirst("img.reviewer-photo");
        assertThat(photo.attr("src")).startsWith("/images/");
        assertThat(photo.attr("srcset")).contains(" 320w", " 640w");
        assertThat(photo.attr("width")).isNotBlank();
        assertThat(photo.attr("height")).isNotBlank();
        assertThat(photo.attr("alt")).isEqualTo(altEn);
        assertThat(spanish.selectFirst("img.reviewer-photo").attr("alt")).isEqualTo(altEs);
        assertThat(http.get(photo.attr("src")).statusCode()).isEqualTo(200);
        assertThat(jsonLd(english).get("image").asString()).endsWith(photo.attr("src"));
        assertThat(jsonLd(spanish).get("image").asString()).endsWith(photo.attr("src"));

        profiles.savePhoto(profile.id(), null);
        Document without = Http.html(http.get("/reviewers/dr-photorev1"));
        assertThat(without.select("img.reviewer-photo")).isEmpty();
        assertThat(jsonLd(without).has("image")).isFalse();
    }

    private long imageId(String slug) {
        return jdbc.sql("SELECT id FROM image WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }

    private static JsonNode jsonLd(Document page) {
        return JSON.readTree(
                page.selectFirst("script[type=application/ld+json]").data());
    }
}
