package org.salus.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.article.IndexEntry;
import org.salus.testsupport.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-LD of every published topic page ({@code MedicalWebPage}) and every term page
 * ({@code DefinedTerm}), read from the HTML served over HTTP and checked against schema.org's
 * types with {@link SchemaOrg}.
 */
@FeedSite.Test
class StructuredDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Http http;

    @Autowired
    FeedSite site;

    @Autowired
    ArticleReader reader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTopicPageIsAValidMedicalWebPage() {
        site.syndicate("structured-syndicated", "Structured Syndicated", "MedlinePlus, National Library of Medicine");
        List<String> slugs =
                reader.topicIndex().stream().map(IndexEntry::slug).distinct().toList();
        assertThat(slugs).contains("insulin-resistance", "cholesterol-faqs", "structured-syndicated");

        for (String slug : slugs) {
            JsonNode jsonLd = jsonLd("/topics/" + slug);

            assertThat(SchemaOrg.violations(jsonLd)).as(slug).isEmpty();
            assertThat(jsonLd.get("@type").asString()).isEqualTo("MedicalWebPage");
            assertThat(jsonLd.get("url").asString()).isEqualTo("https://health.example.org/topics/" + slug);
        }
        JsonNode reviewed = jsonLd("/topics/insulin-resistance");
        assertThat(reviewed.get("reviewedBy").get("@type").asString()).isEqualTo("Person");
        assertThat(reviewed.get("citation").get(0).get("publisher").get("@type").asString())
                .isEqualTo("Organization");
        JsonNode syndicated = jsonLd("/topics/structured-syndicated");
        assertThat(syndicated.get("sourceOrganization").get("name").asString())
                .isEqualTo("MedlinePlus, National Library of Medicine");
        assertThat(syndicated.has("reviewedBy")).isFalse();
    }

    @Test
    void everyTermPageIsAValidDefinedTerm() {
        List<String> slugs = jdbc.sql("SELECT slug FROM term WHERE retired_at IS NULL ORDER BY slug")
                .query(String.class)
                .list();
        assertThat(slugs).contains("insulin", "insulina");

        for (String slug : slugs) {
            JsonNode jsonLd = jsonLd("/dictionary/" + slug);

            assertThat(SchemaOrg.violations(jsonLd)).as(slug).isEmpty();
            assertThat(jsonLd.get("@type").asString()).isEqualTo("DefinedTerm");
            assertThat(jsonLd.get("inDefinedTermSet").get("@type").asString()).isEqualTo("DefinedTermSet");
        }
    }

    @Test
    void theCheckCatchesWrongPropertiesTypesAndRanges() {
        JsonNode wrong = JSON.readTree("""
                {"@context": "https://schema.org", "@type": "DefinedTerm", "name": "Insulin",
                 "lastReviewed": "2026-09-30",
                 "inDefinedTermSet": {"@type": "Person", "name": "Someone"},
                 "subjectOf": {"@type": "MedicalWebPage", "publisher": "A plain string", "codeValue": "E11"},
                 "mainEntityOfPage": {"name": "no type"}}""");

        assertThat(SchemaOrg.violations(wrong))
                .containsExactlyInAnyOrder(
                        "$.lastReviewed: not a property of DefinedTerm or its supertypes",
                        "$.inDefinedTermSet: a Person is not in the range [DefinedTermSet, Text]"
                                .replace(
                                        "[DefinedTermSet, Text]",
                                        SchemaOrg.RANGES.get("inDefinedTermSet").toString()),
                        "$.subjectOf.publisher: a plain value where schema.org expects "
                                + SchemaOrg.RANGES.get("publisher"),
                        "$.subjectOf.codeValue: not a property of MedicalWebPage or its supertypes",
                        "$.mainEntityOfPage: @type null is not a schema.org type this check knows");
        assertThat(SchemaOrg.violations(JSON.readTree("{\"@context\": \"http://schema.org/\", \"@type\": \"Thing\"}")))
                .containsExactly("$: @context is not https://schema.org");
        assertThat(SchemaOrg.ancestry("MedicalCode")).contains("DefinedTerm", "MedicalEntity", "Thing");
    }

    private JsonNode jsonLd(String path) {
        Document page = Http.html(http.get(path));
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).as(path).hasSize(1);
        return JSON.readTree(scripts.get(0).data());
    }
}
