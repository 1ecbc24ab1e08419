package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MedicalWebPageJsonLdTests {

    @Test
    void textThatCouldCloseTheScriptElementIsEscaped() {
        String json = MedicalWebPageJsonLd.scriptSafe("{\"name\":\"</script><script>alert(1)</script> & more\"}");

        assertThat(json)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("&")
                .isEqualTo(
                        "{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more\"}");
    }

    /**
     * A page's bytes are its ETag and its static-edition file: a code's keys come in one order on
     * every run. With {@code Map.of} the order changed from one JVM to the next (randomised per
     * run), so most runs of this test failed and every restart rewrote every coded page's file.
     */
    @Test
    void aCodesKeysComeInTheirWrittenOrder() {
        PublishedArticle article = new PublishedArticle(
                1L,
                "gout",
                "en",
                ContentType.CONDITION,
                2L,
                "Gout",
                "Gout is a kind of arthritis.",
                List.of(),
                List.of(new Code("ICD-10-CM", "M10", "Gout"), new Code("SNOMED-CT", "90560007", "Gout")),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                Instant.parse("2026-01-01T00:00:00Z"),
                "v1",
                List.of(),
                List.of(),
                null);

        Object codes = MedicalWebPageJsonLd.about(article).get("code");

        assertThat(codes)
                .asInstanceOf(InstanceOfAssertFactories.list(Map.class))
                .allSatisfy(code -> assertThat(code.keySet()).containsExactly("@type", "codeValue", "codingSystem"));
    }

    /**
     * Search engines see the typed sections: each is a {@code HealthTopicContent} part of the page
     * with the {@code HealthAspectEnumeration} member of its type, and the page names its main content.
     */
    @Test
    void eachSectionIsAHealthTopicContentPartWithTheAspectOfItsType() {
        PublishedArticle article = new PublishedArticle(
                1L,
                "gout",
                "en",
                ContentType.CONDITION,
                2L,
                "Gout",
                "Gout is a kind of arthritis.",
                List.of(),
                List.of(),
                List.of(
                        new Section(SectionType.SYMPTOMS, "Symptoms", "symptoms", "", "<p>Pain.</p>"),
                        new Section(
                                SectionType.WHEN_TO_SEEK_CARE, "See a doctor", "when-to-seek-care", "", "<p>Now.</p>"),
                        new Section(SectionType.DIAGNOSIS, "Tests", "diagnosis", "", "<p>Blood.</p>")),
                List.of(),
                List.of(),
                null,
                null,
                Instant.parse("2026-01-01T00:00:00Z"),
                "v1",
                List.of(),
                List.of(),
                null);

        JsonNode page = JsonMapper.builder()
                .build()
                .readTree(MedicalWebPageJsonLd.of(article, "https://example.org/topics/gout", "Salus"));

        assertThat(page.get("mainContentOfPage").toString())
                .isEqualTo("{\"@type\":\"WebPageElement\",\"cssSelector\":\"article.topic\"}");
        assertThat(page.get("hasPart").toString())
                .isEqualTo("[{\"@type\":\"HealthTopicContent\",\"name\":\"Symptoms\","
                        + "\"url\":\"https://example.org/topics/gout#symptoms\","
                        + "\"hasHealthAspect\":\"https://schema.org/SymptomsHealthAspect\"},"
                        + "{\"@type\":\"HealthTopicContent\",\"name\":\"See a doctor\","
                        + "\"url\":\"https://example.org/topics/gout#when-to-seek-care\","
                        + "\"hasHealthAspect\":\"https://schema.org/SeeDoctorHealthAspect\"},"
                        + "{\"@type\":\"HealthTopicContent\",\"name\":\"Tests\","
                        + "\"url\":\"https://example.org/topics/gout#diagnosis\"}]");
    }

    @Test
    void everySectionTypeHasAnAspectButDiagnosisAndOther() {
        for (SectionType type : SectionType.values()) {
            assertThat(MedicalWebPageJsonLd.healthAspect(type).isPresent())
                    .as(type.name())
                    .isEqualTo(type != SectionType.DIAGNOSIS && type != SectionType.OTHER);
        }
    }
}
