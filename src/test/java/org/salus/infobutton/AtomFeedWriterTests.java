package org.salus.infobutton;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.infobutton.KnowledgeFeed.Category;
import org.salus.infobutton.KnowledgeFeed.Entry;

/**
 * The Atom knowledge response byte for byte: element order as KnowledgeResponse.xsd wants it,
 * the feed's self link after its id, language on feed, entries and links, and every value escaped.
 */
class AtomFeedWriterTests {

    private static final Instant UPDATED = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void writesTheFeedWithItsSelfLinkInSchemaOrder() {
        KnowledgeFeed feed = new KnowledgeFeed(
                "urn:uuid:5b1e0c1e-0000-4000-8000-000000000001",
                "en",
                "https://health.example.org/",
                "https://health.example.org/infobutton?mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.dn=A+%3C+B",
                "Salus Health",
                "Salus Health results for ICD-10-CM E11.9",
                "Salus Health",
                "https://health.example.org/",
                UPDATED,
                List.of(
                        new Category("mainSearchCriteria.v.c", "E11.9"),
                        new Category("mainSearchCriteria.v.dn", "A < B")),
                List.of(new Entry(
                        "https://health.example.org/topics/type-2-diabetes",
                        "en",
                        "Type 2 Diabetes",
                        "https://health.example.org/topics/type-2-diabetes",
                        UPDATED,
                        "Sugar & insulin.",
                        List.of(
                                new Category("mainSearchCriteria.v.c", "E11"),
                                new Category("relevanceScore", "0.9")))));

        String xml = new String(AtomFeedWriter.write(feed), StandardCharsets.UTF_8);

        assertThat(xml)
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\" xml:base=\"https://health.example.org/\">"
                        + "<title type=\"text\">Salus Health</title>"
                        + "<subtitle type=\"text\">Salus Health results for ICD-10-CM E11.9</subtitle>"
                        + "<author><name>Salus Health</name><uri>https://health.example.org/</uri></author>"
                        + "<updated>2026-11-29T12:00:00Z</updated>"
                        + "<category scheme=\"mainSearchCriteria.v.c\" term=\"E11.9\"/>"
                        + "<category scheme=\"mainSearchCriteria.v.dn\" term=\"A &lt; B\"/>"
                        + "<id>urn:uuid:5b1e0c1e-0000-4000-8000-000000000001</id>"
                        + "<link href=\"https://health.example.org/infobutton?mainSearchCriteria.v.c=E11.9&amp;"
                        + "mainSearchCriteria.v.dn=A+%3C+B\" rel=\"self\" type=\"application/atom+xml\" hreflang=\"en\" "
                        + "title=\"Salus Health results for ICD-10-CM E11.9\"/>"
                        + "<entry xml:lang=\"en\">"
                        + "<title type=\"text\">Type 2 Diabetes</title>"
                        + "<link href=\"https://health.example.org/topics/type-2-diabetes\" rel=\"alternate\" type=\"text/html\" "
                        + "hreflang=\"en\" title=\"Type 2 Diabetes\"/>"
                        + "<id>https://health.example.org/topics/type-2-diabetes</id>"
                        + "<updated>2026-11-29T12:00:00Z</updated>"
                        + "<summary type=\"text\">Sugar &amp; insulin.</summary>"
                        + "<category scheme=\"mainSearchCriteria.v.c\" term=\"E11\"/>"
                        + "<category scheme=\"relevanceScore\" term=\"0.9\"/>"
                        + "</entry></feed>");
    }
}
