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
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.cli.ImportFailedException;
import org.salus.cli.ImportReport;
import org.salus.cli.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The NCI glossary importer against a real database holding the sample dictionary. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "salus.test.context=nci-import")
class NciGlossaryImporterTests {

    static final Path FIXTURE = Path.of("src/test/resources/dictionary-import/nci-glossary-sample.tsv");
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
        assertThat(first.notes()).containsExactly("line 4: no English definition; row skipped",
                "line 6: expected 10 tab-separated fields, found 3; row skipped");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("read 8 rows");
        assertThat(count("SELECT COUNT(*) FROM term")).isEqualTo(termsBefore + 10);
        Map<String, String> slugs = nciSlugs();
        assertThat(slugs).containsOnly(
                Map.entry("CDR9000001", "glimmer-cell-tumor"),
                Map.entry("CDR9000001-es", "tumor-de-celulas-brillantes"),
                Map.entry("CDR9000002", "insulin-nci"),
                Map.entry("CDR9000002-es", "insulina"),
                Map.entry("CDR9000004", "stage-ladder"),
                Map.entry("CDR9000005", "rosette-marker"),
                Map.entry("CDR9000005-es", "marcador-en-roseta"),
                Map.entry("CDR9000006", "fibrolume"),
                Map.entry("CDR9000006-es", "fibrolume-es"),
                Map.entry("CDR9000007", "glimmer-cell-tumor-nci"));

        Map<String, Object> glimmer = termRow("glimmer-cell-tumor");
        assertThat(glimmer).containsEntry("language", "en").containsEntry("name", "glimmer cell tumor")
                .containsEntry("pronunciation", "GLIM-er sel TOO-mer").containsEntry("linkable", false)
                .containsEntry("licence", NciGlossaryImporter.LICENCE);
        assertThat((String) glimmer.get("definition_markdown"))
                .startsWith("A rare, slow-growing growth").endsWith("and \"lantern cell\" tumor.\n");
        assertThat(synonyms("glimmer-cell-tumor")).containsExactly("shimmer tumor", "GCT", "lantern cell tumor");
        assertThat(synonyms("insulin-nci")).containsExactly("islet hormone");
        assertThat(synonyms("stage-ladder")).containsExactly("growth ladder", "spread scale");
        assertThat(synonyms("rosette-marker")).containsExactly("petal protein"); // "RM" is too short

        Map<String, Object> spanish = termRow("tumor-de-celulas-brillantes");
        assertThat(spanish).containsEntry("language", "es").containsEntry("name", "tumor de células brillantes")
                .containsEntry("linkable", false);
        assertThat(spanish.get("pronunciation")).isNull();
        assertThat(termRow("rosette-marker").get("pronunciation")).isNull();
        assertThat((String) termRow("stage-ladder").get("definition_html"))
                .startsWith("<p>1. A made-up scale").doesNotContain("<ol");
        assertThat(count("SELECT COUNT(*) FROM term WHERE source_id LIKE 'CDR9000003%'")).isZero();
        assertThat(termRow("insulin")).isEqualTo(sampleInsulin);

        Path folder = Files.createDirectories(temp.resolve("nci"));
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(folder.resolve("nci-glossary-2016.tsv.gz")))) {
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
                .hasMessageContaining(file + ": line 1 should be the header").hasMessageContaining("lacks cdr_id");
    }

    private Importer nciImporter() {
        return importers.stream().filter(i -> i.format().equals("nci-glossary")).findFirst().orElseThrow();
    }

    private Map<String, String> nciSlugs() {
        return jdbc.sql("SELECT source_id, slug FROM term WHERE source = :s").param("s", SOURCE)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Object> termRow(String slug) {
        return jdbc.sql("""
                SELECT language, name, pronunciation, definition_markdown, definition_html, linkable, source, licence,
                       source_id, updated_at FROM term WHERE slug = :slug""")
                .param("slug", slug).query().singleRow();
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
