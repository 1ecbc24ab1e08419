package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The NCI glossary importer against a real database holding the sample dictionary, in both forms
 * of the glossary. Each test starts from the sample dictionary alone: the NCI terms a test
 * imports are deleted after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("nci-import")
class NciGlossaryImporterTests {

    static final Path FIXTURE = Path.of("src/test/resources/dictionary-import/nci-glossary-sample.tsv");
    /** The same made-up terms as some rows of {@link #FIXTURE}, as CDR XML files, and a broken file. */
    static final Path XML_FIXTURE = Path.of("src/test/resources/dictionary-import/nci-glossary-cdr-xml");

    static final List<String> XML_SOURCE_IDS = List.of(
            "CDR9000001", "CDR9000001-es", "CDR9000002", "CDR9000002-es", "CDR9000004", "CDR9000005", "CDR9000005-es");
    static final String SOURCE = NciGlossaryImporter.SOURCE;

    @Autowired
    List<Importer> importers;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void importsTheFixtureThenReimportsItFromAFolderHoldingTheGzip() throws IOException {
        Map<String, Object> sampleInsulin = termRow("insulin");
        int termsBefore = count("SELECT COUNT(*) FROM term");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        ImportReport first = nciImporter().run(FIXTURE, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(first.created()).isEqualTo(10);
        assertThat(first.updated()).isZero();
        assertThat(first.notes())
                .containsExactly(
                        "line 4: no English definition; row skipped",
                        "line 6: expected 10 tab-separated fields, found 3; row skipped");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("read 8 rows");
        assertThat(count("SELECT COUNT(*) FROM term")).isEqualTo(termsBefore + 10);
        Map<String, String> slugs = nciSlugs();
        assertThat(slugs)
                .containsOnly(
                        Map.entry("CDR9000001", "glimmer-cell-tumor"),
                        Map.entry("CDR9000001-es", "tumor-de-celulas-brillantes"),
                        Map.entry("CDR9000002", "insulin-nci"),
                        Map.entry("CDR9000002-es", "insulina-es"), // the sample Spanish dictionary has "insulina"
                        Map.entry("CDR9000004", "stage-ladder"),
                        Map.entry("CDR9000005", "rosette-marker"),
                        Map.entry("CDR9000005-es", "marcador-en-roseta"),
                        Map.entry("CDR9000006", "fibrolume"),
                        Map.entry("CDR9000006-es", "fibrolume-es"),
                        Map.entry("CDR9000007", "glimmer-cell-tumor-nci"));

        Map<String, Object> glimmer = termRow("glimmer-cell-tumor");
        assertThat(glimmer)
                .containsEntry("language", "en")
                .containsEntry("name", "glimmer cell tumor")
                .containsEntry("pronunciation", "GLIM-er sel TOO-mer")
                .containsEntry("linkable", false)
                .containsEntry("licence", NciGlossaryImporter.LICENCE);
        assertThat((String) glimmer.get("definition_markdown"))
                .startsWith("A rare, slow-growing growth")
                .endsWith("and \"lantern cell\" tumor.\n");
        assertThat(synonyms("glimmer-cell-tumor")).containsExactly("shimmer tumor", "GCT", "lantern cell tumor");
        assertThat(synonyms("insulin-nci")).containsExactly("islet hormone");
        assertThat(synonyms("stage-ladder")).containsExactly("growth ladder", "spread scale");
        assertThat(synonyms("rosette-marker")).containsExactly("petal protein"); // "RM" is too short

        Map<String, Object> spanish = termRow("tumor-de-celulas-brillantes");
        assertThat(spanish)
                .containsEntry("language", "es")
                .containsEntry("name", "tumor de células brillantes")
                .containsEntry("linkable", false);
        assertThat(spanish.get("pronunciation")).isNull();
        assertThat(termRow("rosette-marker").get("pronunciation")).isNull();
        assertThat((String) termRow("stage-ladder").get("definition_html"))
                .startsWith("<p>1. A made-up scale")
                .doesNotContain("<ol");
        assertThat(count("SELECT COUNT(*) FROM term WHERE source_id LIKE 'CDR9000003%'"))
                .isZero();
        assertThat(termRow("insulin")).isEqualTo(sampleInsulin);
        assertThat(translations())
                .containsOnly(
                        Map.entry("CDR9000001-es", "CDR9000001"),
                        Map.entry("CDR9000002-es", "CDR9000002"),
                        Map.entry("CDR9000005-es", "CDR9000005"),
                        Map.entry("CDR9000006-es", "CDR9000006"));

        Path folder = Files.createDirectories(temp.resolve("nci"));
        try (OutputStream gzip =
                new GZIPOutputStream(Files.newOutputStream(folder.resolve("nci-glossary-2016.tsv.gz")))) {
            Files.copy(FIXTURE, gzip);
        }
        ImportReport second = nciImporter().run(folder, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(10);
        assertThat(second.notes()).isEqualTo(first.notes());
        assertThat(nciSlugs()).isEqualTo(slugs);
        assertThat(count("SELECT COUNT(*) FROM term")).isEqualTo(termsBefore + 10);
        assertThat(synonyms("glimmer-cell-tumor")).containsExactly("shimmer tumor", "GCT", "lantern cell tumor");
        assertThat(termRow("insulin")).isEqualTo(sampleInsulin);
        assertThat(translations()).hasSize(4).containsEntry("CDR9000001-es", "CDR9000001");
    }

    @Test
    void importsTheCdrXmlFormFromAZipSkippingTheBrokenFile() throws IOException {
        int termsBefore = count("SELECT COUNT(*) FROM term");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        ImportReport report =
                nciImporter().run(zipOfXmlFixture(), new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(report.created()).isEqualTo(7);
        assertThat(report.updated()).isZero();
        assertThat(report.notes()).hasSize(2);
        assertThat(report.notes().get(0)).isEqualTo("GlossaryTerm/CDR9000003.xml: no English definition; file skipped");
        assertThat(report.notes().get(1))
                .startsWith("GlossaryTerm/CDR9000008.xml: not well-formed XML (line 5: ")
                .endsWith("; file skipped");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("read 6 files from ");
        assertThat(count("SELECT COUNT(*) FROM term")).isEqualTo(termsBefore + 7);
        assertThat(nciSlugs())
                .containsOnly(
                        Map.entry("CDR9000001", "glimmer-cell-tumor"),
                        Map.entry("CDR9000001-es", "tumor-de-celulas-brillantes"),
                        Map.entry("CDR9000002", "insulin-nci"),
                        Map.entry("CDR9000002-es", "insulina-es"), // the sample Spanish dictionary has "insulina"
                        Map.entry("CDR9000004", "stage-ladder"),
                        Map.entry("CDR9000005", "rosette-marker"),
                        Map.entry("CDR9000005-es", "marcador-en-roseta"));

        assertThat(termRow("glimmer-cell-tumor"))
                .containsEntry("language", "en")
                .containsEntry("pronunciation", "GLIM-er sel TOO-mer")
                .containsEntry(
                        "definition_markdown",
                        "A rare, slow-growing growth made of cells that look shiny under a"
                                + " microscope. Also called shimmer tumor, GCT, and \"lantern cell\" tumor.\n");
        assertThat(synonyms("glimmer-cell-tumor")).containsExactly("shimmer tumor", "GCT", "lantern cell tumor");
        assertThat(termRow("tumor-de-celulas-brillantes"))
                .containsEntry("language", "es")
                .containsEntry("name", "tumor de células brillantes");
        assertThat((String) termRow("insulin-nci").get("definition_markdown"))
                .startsWith("A test definition for a hormone");
        assertThat(termRow("rosette-marker").get("pronunciation")).isNull();
        assertThat(translations())
                .containsOnly(
                        Map.entry("CDR9000001-es", "CDR9000001"),
                        Map.entry("CDR9000002-es", "CDR9000002"),
                        Map.entry("CDR9000005-es", "CDR9000005"));
        assertThat(count(
                        "SELECT COUNT(*) FROM term WHERE source_id LIKE 'CDR9000003%' OR source_id LIKE 'CDR9000008%'"))
                .isZero();
    }

    @Test
    void reimportingTheXmlFromTheUnpackedFolderUpdatesTheSameTerms() throws IOException {
        nciImporter().run(zipOfXmlFixture(), new PrintStream(OutputStream.nullOutputStream()));
        Map<String, String> slugs = nciSlugs();
        Map<String, Map<String, Object>> before = nciTerms();
        int termsBefore = count("SELECT COUNT(*) FROM term");

        ImportReport again = nciImporter().run(XML_FIXTURE, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(7);
        assertThat(again.notes()).first().isEqualTo("CDR9000003.xml: no English definition; file skipped");
        assertThat(count("SELECT COUNT(*) FROM term")).isEqualTo(termsBefore);
        assertThat(nciSlugs()).isEqualTo(slugs);
        assertThat(nciTerms()).isEqualTo(before);
    }

    @Test
    void theTsvAndTheXmlFormGiveTheSameTerms() throws IOException {
        nciImporter().run(FIXTURE, new PrintStream(OutputStream.nullOutputStream()));
        Map<String, Map<String, Object>> fromTsv = nciTerms();
        int termsAfterTsv = count("SELECT COUNT(*) FROM term");

        ImportReport xml = nciImporter().run(zipOfXmlFixture(), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(xml.created()).isZero();
        assertThat(xml.updated()).isEqualTo(XML_SOURCE_IDS.size());
        assertThat(count("SELECT COUNT(*) FROM term")).isEqualTo(termsAfterTsv);
        Map<String, Map<String, Object>> fromXml = nciTerms();
        assertThat(fromXml).isEqualTo(fromTsv); // the TSV-only terms are untouched, the others equal
        assertThat(fromXml.keySet()).containsAll(XML_SOURCE_IDS);
    }

    @Test
    void aDamagedGzipStopsTheImportAndChangesNothing() throws IOException {
        Path file = temp.resolve("nci-glossary-2016.tsv.gz");
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file))) {
            Files.copy(FIXTURE, gzip);
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        int termsBefore = count("SELECT COUNT(*) FROM term");

        assertThatThrownBy(() -> nciImporter().run(file, new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageStartingWith(file + ": the gzip data is damaged or cut short");
        assertThat(count("SELECT COUNT(*) FROM term")).isEqualTo(termsBefore);
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() throws IOException {
        Path file = temp.resolve("other.tsv");
        Files.writeString(file, "id\tname\n1\tx\n");

        assertThatThrownBy(() -> nciImporter().run(file, new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining(file + ": line 1 should be the header")
                .hasMessageContaining("lacks cdr_id");
    }

    @Test
    void aFileNamedZipThatIsNoZipStopsTheImport() throws IOException {
        Path file = Files.writeString(temp.resolve("glossary.zip"), "not a zip");

        assertThatThrownBy(() -> nciImporter().run(file, new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageStartingWith(file + ": not a zip archive, or a damaged one");
    }

    @AfterEach
    void deleteTheNciTerms() {
        String ofNci = "SELECT id FROM term WHERE source = :s";
        jdbc.sql("UPDATE term SET translation_of = NULL WHERE source = :s")
                .param("s", SOURCE)
                .update();
        for (String table : List.of("term_synonym", "term_related_article", "term_code")) {
            jdbc.sql("DELETE FROM " + table + " WHERE term_id IN (" + ofNci + ")")
                    .param("s", SOURCE)
                    .update();
        }
        jdbc.sql("DELETE FROM term_related_term WHERE term_id IN (" + ofNci + ") OR related_term_id IN (" + ofNci + ")")
                .param("s", SOURCE)
                .update();
        jdbc.sql("DELETE FROM term WHERE source = :s").param("s", SOURCE).update();
    }

    /** The XML fixture zipped as the real zip is: its files under {@code GlossaryTerm/}. */
    private Path zipOfXmlFixture() throws IOException {
        Path zip = temp.resolve("glossary-" + System.nanoTime() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.list(XML_FIXTURE)) {
            out.putNextEntry(new ZipEntry("GlossaryTerm/"));
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("GlossaryTerm/" + file.getFileName()));
                Files.copy(file, out);
            }
        }
        return zip;
    }

    /** Every NCI term by source id: its stored fields (not when it was stored) and synonyms. */
    private Map<String, Map<String, Object>> nciTerms() {
        return jdbc
                .sql("SELECT source_id, slug FROM term WHERE source = :s")
                .param("s", SOURCE)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                    Map<String, Object> row = new java.util.HashMap<>(termRow(e.getValue()));
                    row.remove("updated_at");
                    row.put("synonyms", synonyms(e.getValue()));
                    row.put("translation of", translations().get(e.getKey()));
                    return row;
                }));
    }

    /** Source id of each NCI translation to the source id of the English term it translates. */
    private Map<String, String> translations() {
        return jdbc
                .sql("""
                SELECT t.source_id, e.source_id FROM term t JOIN term e ON e.id = t.translation_of
                WHERE t.source = :s""")
                .param("s", SOURCE)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Importer nciImporter() {
        return importers.stream()
                .filter(i -> i.format().equals("nci-glossary"))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, String> nciSlugs() {
        return jdbc
                .sql("SELECT source_id, slug FROM term WHERE source = :s")
                .param("s", SOURCE)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Object> termRow(String slug) {
        return jdbc.sql("""
                SELECT language, name, pronunciation, definition_markdown, definition_html, linkable, source, licence,
                       source_id, updated_at FROM term WHERE slug = :slug""").param("slug", slug).query().singleRow();
    }

    private List<String> synonyms(String slug) {
        return jdbc.sql("""
                SELECT s.name FROM term_synonym s JOIN term t ON t.id = s.term_id WHERE t.slug = :slug
                ORDER BY s.ordinal""").param("slug", slug).query(String.class).list();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
