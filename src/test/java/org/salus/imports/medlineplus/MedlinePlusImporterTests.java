package org.salus.imports.medlineplus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.salus.article.ArticleReader;
import org.salus.article.Code;
import org.salus.article.PublishedArticle;
import org.salus.article.RelatedArticle;
import org.salus.article.Section;
import org.salus.article.Source;
import org.salus.article.StoredRevisions;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The MedlinePlus importer against the whole site: every field of a topic on the published page,
 * English and Spanish pages linked over HTTP, re-imports that change nothing, and every kind of
 * bad input. The main fixture is imported once, as syndicated content, before the tests; the
 * other fixtures use their own topic ids, so tests do not depend on their order.
 */
@SiteTest
@OwnContext("medlineplus-import")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MedlinePlusImporterTests {

    static final Path FIXTURES = TopicReaderTests.FIXTURES;
    static final ImportOptions SYNDICATED = new ImportOptions(ImportOptions.Mode.SYNDICATED);

    @Autowired
    MedlinePlusImporter importer;

    @Autowired
    ArticleReader reader;

    @Autowired
    StoredRevisions articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Http http;

    @TempDir
    Path temp;

    ImportReport first;
    String firstOutput;
    ImportReport bad;

    @BeforeAll
    void importTheFixturesOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        first = importer.run(
                FIXTURES.resolve("health-topics.xml"), SYNDICATED, new PrintStream(out, true, StandardCharsets.UTF_8));
        firstOutput = out.toString(StandardCharsets.UTF_8);
        bad = importer.run(FIXTURES.resolve("bad-topics.xml"), SYNDICATED, quiet());
    }

    @Test
    void theFirstImportCreatesEveryTopicAndNotesWhatItLeftOut() {
        assertThat(first.summary()).isEqualTo("created 3, updated 0, unchanged 0");
        assertThat(first.notes())
                .containsExactly(
                        "line 9: topic 9001: site 'Click Me' has no title or no http(s) address (javascript:alert(1)); left out",
                        "1 related topics named in the file are not in it (or were skipped): ids 9004; those links are left out");
        assertThat(firstOutput)
                .contains("read 3 topics")
                .contains("linked 1 new translation pairs")
                .contains(
                        "linking 1 topics to related topics read after them"); // not 9002: its 9004 is not in the file
    }

    @Test
    void everyFieldOfATopicReachesThePublishedArticle() {
        PublishedArticle knee = reader.published("knee-pain").orElseThrow();

        assertThat(knee.title()).isEqualTo("Knee Pain");
        assertThat(knee.language()).isEqualTo("en");
        assertThat(knee.summary()).startsWith("Knee pain is pain in or around the knee.");
        assertThat(knee.alsoCalled()).containsExactly("Sore knee", "Knee ache");
        assertThat(knee.codes())
                .containsExactly(new Code("MESH", "D018771", "Arthralgia"), new Code("MESH", "D007717", "Knee"));
        assertThat(knee.sections()).extracting(Section::anchor).containsExactly("overview", "causes", "treatment");
        assertThat(knee.sections().get(0).html())
                .contains("<strong>common</strong>")
                .contains("<a href=\"https://medlineplus.gov/kneeinjuriesanddisorders.html\">knee joint</a>");
        assertThat(knee.sources())
                .extracting(Source::organisation)
                .containsExactly(
                        "MedlinePlus, National Library of Medicine",
                        "National Institute of Arthritis and Musculoskeletal and Skin Diseases",
                        "Example Orthopaedic Society",
                        "National Library of Medicine",
                        "Example Research Library, Example University");
        assertThat(knee.syndication().attribution())
                .endsWith(
                        "(primary NIH institute: National Institute of Arthritis and Musculoskeletal and Skin Diseases)");
        assertThat(knee.review()).isNull();
        assertThat(groupsOf("knee-pain")).containsExactly("5 Bones, Joints and Muscles", "31 Symptoms");

        PublishedArticle spanish = reader.published("dolor-de-rodilla").orElseThrow();
        assertThat(spanish.language()).isEqualTo("es");
        assertThat(spanish.summary()).isEqualTo("El dolor de rodilla es un dolor en la rodilla o alrededor de ella.");
        assertThat(groupsOf("dolor-de-rodilla")).containsExactly("5 Huesos, articulaciones y músculos", "31 Síntomas");
    }

    @Test
    void relatedTopicsFurtherDownTheFileAreLinkedInTheSecondPass() {
        assertThat(reader.published("knee-pain").orElseThrow().related())
                .extracting(RelatedArticle::slug)
                .containsExactly("ankle-injuries");
        assertThat(reader.published("ankle-injuries").orElseThrow().related())
                .extracting(RelatedArticle::slug)
                .containsExactly("knee-pain"); // knee pain existed already: linked in the first pass
        assertThat(revisions("knee-pain")).isEqualTo(2);
        assertThat(revisions("ankle-injuries")).isEqualTo(1);
    }

    @Test
    void theEnglishAndSpanishPagesLinkEachOtherWithHreflang() {
        Document english = page("/topics/knee-pain");
        Element toSpanish = english.selectFirst("article p.translation");
        assertThat(toSpanish.attr("lang")).isEqualTo("es");
        assertThat(toSpanish.text()).isEqualTo("En español: Dolor de rodilla");
        assertThat(toSpanish.selectFirst("a").attr("href")).isEqualTo("/topics/dolor-de-rodilla");
        assertThat(toSpanish.selectFirst("a").attr("hreflang")).isEqualTo("es");
        assertThat(english.select("head link[rel=alternate][hreflang]"))
                .extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
                .containsExactly(
                        "en https://health.example.org/topics/knee-pain",
                        "es https://health.example.org/topics/dolor-de-rodilla");

        Document spanish = page("/topics/dolor-de-rodilla");
        assertThat(spanish.selectFirst("article").attr("lang")).isEqualTo("es");
        Element toEnglish = spanish.selectFirst("article p.translation");
        assertThat(toEnglish.attr("lang")).isEqualTo("en");
        assertThat(toEnglish.text()).isEqualTo("In English: Knee Pain");
        assertThat(toEnglish.selectFirst("a[hreflang=en]").attr("href")).isEqualTo("/topics/knee-pain");

        assertThat(page("/topics/ankle-injuries").select("p.translation, head link[rel=alternate][hreflang]"))
                .isEmpty();
    }

    @Test
    void aTranslationLinkedLaterShowsAtOnceAndChangesTheEtag() throws IOException {
        String topics = """
                <?xml version="1.0" encoding="UTF-8"?>
                <health-topics>
                <health-topic title="Earwax" url="https://medlineplus.gov/earwax.html" id="9901" language="English">
                <full-summary>&lt;p&gt;Earwax protects the ear canal.&lt;/p&gt;</full-summary>%s
                </health-topic>
                <health-topic title="Cerumen" url="https://medlineplus.gov/spanish/earwax.html" id="9902" language="Spanish">
                <full-summary>&lt;p&gt;El cerumen protege el oído.&lt;/p&gt;</full-summary>
                </health-topic>
                </health-topics>
                """;
        Path unmapped = Files.writeString(temp.resolve("unmapped.xml"), topics.formatted(""));
        Path mapped = Files.writeString(
                temp.resolve("mapped.xml"),
                topics.formatted(
                        "<language-mapped-topic id=\"9902\" language=\"Spanish\">Cerumen</language-mapped-topic>"));
        importer.run(unmapped, SYNDICATED, quiet());
        HttpResponse<String> before = http.get("/topics/earwax"); // now cached without translations
        assertThat(Http.html(before).select("p.translation")).isEmpty();

        ImportReport report = importer.run(mapped, SYNDICATED, quiet()); // same text: nothing is published

        assertThat(report.summary()).isEqualTo("created 0, updated 0, unchanged 2");
        HttpResponse<String> after = http.get(
                "/topics/earwax",
                "If-None-Match",
                before.headers().firstValue("ETag").orElseThrow());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Http.html(after).selectFirst("p.translation a[hreflang=es]").attr("href"))
                .isEqualTo("/topics/cerumen");
    }

    @Test
    void aReimportChangesNothing() {
        ImportReport again = importer.run(FIXTURES.resolve("health-topics.xml"), SYNDICATED, quiet());

        assertThat(again.summary()).isEqualTo("created 0, updated 0, unchanged 3");
        assertThat(revisions("knee-pain")).isEqualTo(2);
        assertThat(revisions("dolor-de-rodilla")).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM article_translation t JOIN article a ON a.id = t.article_id
                WHERE a.slug IN ('knee-pain', 'dolor-de-rodilla')""").query(Integer.class).single()).isEqualTo(2);
        assertThat(groupsOf("knee-pain")).hasSize(2);
    }

    @Test
    void draftsAreStoredAndLinkedButNotShownUntilPublished() {
        ImportReport report = importer.run(FIXTURES.resolve("same-title.xml"), quiet());

        assertThat(report.summary()).isEqualTo("created 2, updated 0, unchanged 0");
        assertThat(articles.findBySlug("tinnitus").orElseThrow().language()).isEqualTo("en");
        assertThat(articles.findBySlug("tinnitus-es").orElseThrow().language()).isEqualTo("es");
        assertThat(articles.findBySlug("tinnitus").orElseThrow().publishedRevisionId())
                .isNull();
        assertThat(http.get("/topics/tinnitus").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM article_translation t JOIN article a ON a.id = t.article_id
                JOIN article b ON b.id = t.translation_id WHERE a.slug = 'tinnitus' AND b.slug = 'tinnitus-es'""").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void malformedXmlStopsAtItsLineAndTheTopicsBeforeItStay() {
        ImportReport report = importer.run(FIXTURES.resolve("malformed.xml"), quiet());

        assertThat(report.summary()).isEqualTo("created 2, updated 0, unchanged 0");
        assertThat(report.notes())
                .singleElement()
                .asString()
                .startsWith("line 16: the XML is malformed:")
                .contains("also-called")
                .endsWith("reading stopped there: the 2 topics before it were read (and imported"
                        + " unless noted), the rest of the file was not");
        assertThat(articles.findBySlug("hiccups")).isPresent();
        assertThat(articles.findBySlug("yawning")).isPresent();
        assertThat(articles.findBySlug("sneezing")).isEmpty();
        assertThat(articles.findBySlug("snoring")).isEmpty();
    }

    @Test
    void bytesNotInTheDeclaredEncodingStopAtTheirLine() throws IOException {
        byte[] good = """
                <?xml version="1.0" encoding="UTF-8"?>
                <health-topics>
                <health-topic title="Colds" url="https://medlineplus.gov/colds.html" id="9801" language="English">
                <full-summary>&lt;p&gt;A cold is a mild infection of the nose and throat.&lt;/p&gt;</full-summary>
                </health-topic>
                """.getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = """
                <health-topic title="Cólico" url="https://medlineplus.gov/spanish/colic.html" id="9802" language="Spanish">
                <full-summary>&lt;p&gt;El cólico es un llanto largo.&lt;/p&gt;</full-summary>
                </health-topic>
                </health-topics>
                """.getBytes(StandardCharsets.ISO_8859_1);
        Path file = temp.resolve("latin1-in-utf8.xml");
        Files.write(file, concat(good, latin1));

        ImportReport report = importer.run(file, quiet());

        assertThat(report.summary()).isEqualTo("created 1, updated 0, unchanged 0");
        assertThat(report.notes())
                .singleElement()
                .asString()
                .startsWith(
                        "line 6: the bytes are not in the file's encoding (UTF-8 unless its XML declaration names another)");
        assertThat(articles.findBySlug("colds")).isPresent();
    }

    @Test
    void aFileThatDeclaresItsEncodingIsReadInIt() throws IOException {
        Path file = temp.resolve("latin1.xml");
        Files.write(file, """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <health-topics>
                <health-topic title="Cólico del lactante" url="https://medlineplus.gov/spanish/infantcolic.html" id="9803" language="Spanish">
                <full-summary>&lt;p&gt;El cólico es un llanto largo y fuerte del bebé.&lt;/p&gt;</full-summary>
                </health-topic>
                </health-topics>
                """.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(importer.run(file, SYNDICATED, quiet()).summary()).isEqualTo("created 1, updated 0, unchanged 0");
        assertThat(reader.published("colico-del-lactante").orElseThrow().title())
                .isEqualTo("Cólico del lactante");
    }

    @Test
    void badTopicsAreSkippedWithTheirLinesAndTheRestImports() {
        ImportReport report = bad;

        assertThat(report.summary()).isEqualTo("created 4, updated 0, unchanged 0, skipped 4");
        assertThat(report.notes())
                .containsExactly(
                        "line 7: topic 9201 (Chapped Lips Again) skipped: its id 9201 was already read on line 4",
                        "line 10: element <advert> is not part of the MedlinePlus schema; ignored (here and wherever else it occurs)",
                        "line 12: element <mystery-element> is not part of the MedlinePlus schema; ignored (here and wherever else it occurs)",
                        "line 15: element <sparkle> is not part of the MedlinePlus schema; ignored (here and wherever else it occurs)",
                        "line 24: topic 9204 (Mal de tête) skipped: its language 'French' is not one this site publishes (English, Spanish)",
                        "line 27: topic 9205 (Empty Topic) skipped: its full summary is missing or holds no text",
                        "line 30: topic without id (No Id) skipped: the topic has no id");
        assertThat(reader.published("chapped-lips").orElseThrow().summary())
                .isEqualTo("Chapped lips are dry and cracked lips.");
        assertThat(reader.published("hangnails").orElseThrow().sources())
                .extracting(Source::organisation)
                .contains("Example Skin Group");
        assertThat(reader.published("blisters")).isPresent();
        assertThat(articles.findBySlug("chapped-lips-again")).isEmpty();
    }

    @Test
    void noScriptInASummaryReachesThePage() {
        HttpResponse<String> response = http.get("/topics/insect-bites");
        assertThat(response.statusCode()).isEqualTo(200);
        Element article = Http.html(response).selectFirst("article.topic");
        assertThat(article.text()).contains("Most insect bites are harmless.").contains("Keep it clean.");
        assertThat(article.select("script, iframe, style, img[onerror], [onclick]"))
                .isEmpty();
        assertThat(article.html())
                .doesNotContain("javascript:")
                .doesNotContain("alert(")
                .doesNotContain("evil.example")
                .doesNotContain("pwned");
        assertThat(article.select("a[href=https://medlineplus.gov/firstaid.html]")
                        .text())
                .isEqualTo("first aid");
        assertThat(response.body()).doesNotContain("pwned").doesNotContain("evil.example");
    }

    @Test
    void anExternalEntityIsNeverReadAndOnlyItsTopicIsSkipped() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        Path file = Files.writeString(temp.resolve("xxe.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE health-topics [<!ENTITY secret SYSTEM "%s">]>
                <health-topics>
                <health-topic title="Leaky" url="https://medlineplus.gov/leaky.html" id="9601" language="English">
                <full-summary>&lt;p&gt;Here: &secret;&lt;/p&gt;</full-summary>
                </health-topic>
                <health-topic title="Safe Topic" url="https://medlineplus.gov/safe.html" id="9602" language="English">
                <full-summary>&lt;p&gt;Nothing to hide here.&lt;/p&gt;</full-summary>
                </health-topic>
                </health-topics>
                """.formatted(secret.toUri()));

        ImportReport report = importer.run(file, SYNDICATED, quiet());

        assertThat(report.summary()).isEqualTo("created 1, updated 0, unchanged 0, skipped 1");
        assertThat(report.notes())
                .containsExactly("line 4: topic 9601 (Leaky) skipped: line 5: it uses the entity &secret;"
                        + " which is never expanded (a file's DTD entities could read local files or exhaust memory)");
        assertThat(articles.findBySlug("leaky")).isEmpty();
        assertThat(reader.published("safe-topic")).isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revision_section WHERE body_markdown LIKE '%TOP-SECRET%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anOversizedTopicIsSkippedWithItsReasonAndTheRestImports() throws IOException {
        String longSummary = "&lt;p&gt;" + "Sugar. ".repeat(TopicReader.MAX_TOPIC_CHARS / 7 + 10) + "&lt;/p&gt;";
        String manySites =
                "<site title=\"s\" url=\"https://example.org/s\"/>\n".repeat(TopicReader.MAX_TOPIC_CHARS / 40);
        Path file = Files.writeString(temp.resolve("oversized.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <health-topics>
                <health-topic title="Huge" url="https://medlineplus.gov/huge.html" id="9451" language="English">
                <full-summary>%s</full-summary>
                </health-topic>
                <health-topic title="Crowded" url="https://medlineplus.gov/crowded.html" id="9452" language="English">
                <full-summary>&lt;p&gt;Short.&lt;/p&gt;</full-summary>
                %s</health-topic>
                <health-topic title="Normal Size" url="https://medlineplus.gov/normal.html" id="9453" language="English">
                <full-summary>&lt;p&gt;A topic of the usual size.&lt;/p&gt;</full-summary>
                </health-topic>
                </health-topics>
                """.formatted(longSummary, manySites));

        ImportReport report = importer.run(file, SYNDICATED, quiet());

        assertThat(report.summary()).isEqualTo("created 1, updated 0, unchanged 0, skipped 2");
        String limit = "skipped: it is larger than the limit of 1024 K characters for one topic; its text was not kept";
        assertThat(report.notes())
                .containsExactly("line 3: topic 9451 (Huge) " + limit, "line 6: topic 9452 (Crowded) " + limit);
        assertThat(articles.findBySlug("huge")).isEmpty();
        assertThat(articles.findBySlug("crowded")).isEmpty();
        assertThat(reader.published("normal-size")).isPresent();
    }

    @Test
    void aBillionLaughsBombIsNeverExpanded() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE health-topics [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path file = Files.writeString(temp.resolve("lol.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                %s]>
                <health-topics>
                <health-topic title="Laughter" url="https://medlineplus.gov/laughter.html" id="9701" language="English">
                <full-summary>&lt;p&gt;&lol9;&lt;/p&gt;</full-summary>
                </health-topic>
                <health-topic title="Smiles" url="https://medlineplus.gov/smiles.html" id="9702" language="English">
                <full-summary>&lt;p&gt;A smile is a facial expression.&lt;/p&gt;</full-summary>
                </health-topic>
                <health-topic title="&lol9;" url="https://medlineplus.gov/giggles.html" id="9703" language="English">
                <full-summary>&lt;p&gt;Giggles.&lt;/p&gt;</full-summary>
                </health-topic>
                </health-topics>
                """.formatted(dtd));

        ImportReport report = importer.run(file, SYNDICATED, quiet());

        assertThat(report.summary()).isEqualTo("created 1, updated 0, unchanged 0, skipped 1");
        assertThat(report.notes()).hasSize(2);
        assertThat(report.notes().get(0))
                .startsWith("line 4: topic 9701 (Laughter) skipped: line 5: it uses the entity &lol9;");
        // in an attribute the parser refuses the undeclared entity outright: reading stops at that line
        assertThat(report.notes().get(1))
                .startsWith("line 10: the XML is malformed: The entity \"lol9\" was referenced, but not declared.");
        assertThat(reader.published("smiles")).isPresent();
        assertThat(articles.findBySlug("laughter")).isEmpty();
    }

    @Test
    void aFileThatIsNotMedlinePlusFailsAndChangesNothing() throws IOException {
        int before = articles.count();
        Path html = Files.writeString(temp.resolve("page.xml"), "<html><body>Hello</body></html>");
        Path binary = Files.write(temp.resolve("archive.xml"), new byte[] {0x50, 0x4b, 3, 4, 0, 0});

        assertThatThrownBy(() -> importer.run(html, quiet()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("not a MedlinePlus topics file: its root element is <html>");
        assertThatThrownBy(() -> importer.run(binary, quiet()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("line 1: the XML is malformed");
        assertThatThrownBy(() -> importer.run(temp, quiet()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> importer.run(temp.resolve("missing.xml"), quiet()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("does not exist");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void theOlderVocabularySchemaImportsIntoTheSameArticles() {
        ImportReport report = importer.run(FIXTURES.resolve("medical-topics.xml"), SYNDICATED, quiet());

        assertThat(report.summary()).isEqualTo("created 3, updated 0, unchanged 0");
        PublishedArticle well = reader.published("well-water").orElseThrow();
        assertThat(well.codes()).containsExactly(new Code("MESH", "D000070", "Water Wells"));
        assertThat(well.related()).extracting(RelatedArticle::slug).containsExactly("drinking-water");
        assertThat(page("/topics/well-water")
                        .selectFirst("p.translation a[hreflang=es]")
                        .attr("href"))
                .isEqualTo("/topics/agua-de-pozo");
        assertThat(page("/topics/agua-de-pozo")
                        .selectFirst("p.translation a[hreflang=en]")
                        .attr("href"))
                .isEqualTo("/topics/well-water");
        assertThat(importer.run(FIXTURES.resolve("medical-topics.xml"), SYNDICATED, quiet())
                        .summary())
                .isEqualTo("created 0, updated 0, unchanged 3");
    }

    private Document page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Http.html(response);
    }

    private int revisions(String slug) {
        return articles.revisionsOf(articles.findBySlug(slug).orElseThrow().id())
                .size();
    }

    private List<String> groupsOf(String slug) {
        return jdbc.sql("""
                SELECT g.group_id || ' ' || g.name FROM article_group g JOIN article a ON a.id = g.article_id
                WHERE a.slug = :slug ORDER BY g.ordinal""").param("slug", slug).query(String.class).list();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
