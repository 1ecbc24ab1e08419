package org.salus.dictionary.importing.ontology;

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
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportReport;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imports a small invented OBO file into a database holding the sample dictionary. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("do-import")
class DiseaseOntologyImporterTests {

    static final Path FIXTURE = Path.of("src/test/resources/dictionary-import/ontology/small.obo");

    @Autowired
    DiseaseOntologyImporter importer;

    @Autowired
    OntologyTermRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTermsWithDefinitionsSynonymsAndCodesAndReimportsInPlace(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve(DiseaseOntologyImporter.FILE_NAME);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(FIXTURE, out);
        }
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        ImportReport first = importer.run(dir, new PrintStream(progress, true, StandardCharsets.UTF_8));

        assertThat(first.created()).isEqualTo(3);
        assertThat(first.updated()).isZero();
        assertThat(first.notes())
                .containsExactly(
                        "line 41: DOID:9990004's definition has an unterminated quote",
                        "line 50: DOID:9990006 has no name");
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("Human Disease Ontology (disease-ontology.org), release 2099-01-01, CC BY 3.0")
                .contains("read 7 terms: 3 imported, 1 obsolete, 1 without a definition, 2 malformed");

        Map<String, Object> gland = term("DOID:9990001");
        assertThat(gland)
                .containsEntry("slug", "example-gland-disease")
                .containsEntry("name", "example gland disease")
                .containsEntry("language", "en")
                .containsEntry("licence", "CC BY 3.0")
                .containsEntry("linkable", false);
        assertThat((String) gland.get("definition_markdown"))
                .isEqualTo("A made-up \"gland\" condition used in tests; it has a back\\\\slash.\n");
        assertThat((String) gland.get("definition_html"))
                .contains("back\\slash")
                .doesNotContain("example.org");
        assertThat(synonyms("DOID:9990001")).containsExactly("test gland disorder", "gland condition (adult)");
        assertThat(repository.codesOf(id("DOID:9990001")))
                .containsExactly(
                        "ICD-10-CM:Z99.1", "ICD-9-CM:999.9", "MESH:D000001", "SNOMED-CT:1234567", "UMLS:C0000001");

        assertThat(term("DOID:9990002")).containsEntry("slug", "obesity-do");
        assertThat(repository.codesOf(id("DOID:9990002"))).containsExactly("ICD-10-CM:E66.9");
        Map<String, Object> sample = jdbc.sql("SELECT source, name FROM term WHERE slug = 'obesity'")
                .query()
                .singleRow();
        assertThat(sample).containsEntry("source", "Salus Health").containsEntry("name", "obesity");

        Map<String, Object> numbered = term("DOID:9990007");
        assertThat((String) numbered.get("definition_markdown"))
                .isEqualTo("1999\\. A year that starts a sentence, \\*stars\\* and # signs stay text.\n");
        assertThat(((String) numbered.get("definition_html")).strip())
                .isEqualTo("<p>1999. A year that starts a sentence, *stars* and # signs stay text.</p>");

        assertThat(imported()).containsExactlyInAnyOrder("DOID:9990001", "DOID:9990002", "DOID:9990007");

        // Again, from the plain file: nothing new, same slugs, codes replaced rather than added.
        ImportReport second = importer.run(FIXTURE, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(3);
        assertThat(imported()).hasSize(3);
        assertThat(term("DOID:9990001")).containsEntry("slug", "example-gland-disease");
        assertThat(term("DOID:9990002")).containsEntry("slug", "obesity-do");
        assertThat(repository.codesOf(id("DOID:9990001"))).hasSize(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM term WHERE slug LIKE 'obesity%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aMissingFileOrAFolderWithoutOboFilesStopsTheImport(@TempDir Path dir) {
        assertThatThrownBy(() -> importer.run(dir.resolve("nothing.obo"), System.out))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageEndingWith("nothing.obo does not exist");
        assertThatThrownBy(() -> importer.run(dir, System.out))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("holds no .obo files");
    }

    @Test
    void aFileThatBreaksOffAfterTheFirstBatchChangesNothing(@TempDir Path dir) throws IOException {
        StringBuilder obo = new StringBuilder("format-version: 1.2\n");
        for (int i = 1; i <= DiseaseOntologyImporter.PROGRESS_EVERY + 100; i++) {
            obo.append("\n[Term]\nid: DOID:88")
                    .append(i)
                    .append("\nname: cut-off test disease ")
                    .append(i)
                    .append("\ndef: \"Invented term number ")
                    .append(i)
                    .append(".\" []\nxref: ICD10CM:Z0")
                    .append(i)
                    .append('\n');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(obo.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Path gz = dir.resolve("cut.obo.gz");
        Files.write(gz, Arrays.copyOf(all, all.length - 12));
        int terms = jdbc.sql("SELECT COUNT(*) FROM term").query(Integer.class).single();
        int codes =
                jdbc.sql("SELECT COUNT(*) FROM term_code").query(Integer.class).single();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        assertThatThrownBy(() -> importer.run(gz, new PrintStream(progress, true, StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("is not a complete gzip file");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("1000 terms read"); // two batches were saved
        assertThat(jdbc.sql("SELECT COUNT(*) FROM term").query(Integer.class).single())
                .isEqualTo(terms);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM term_code")
                        .query(Integer.class)
                        .single())
                .isEqualTo(codes);
    }

    @Test
    void anOversizedStanzaIsSkippedWithItsReasonAndTheRestImports(@TempDir Path dir) throws IOException {
        String huge = "Sugar. ".repeat(OboTerm.MAX_STANZA_CHARS / 7 + 10);
        Path obo = Files.writeString(dir.resolve("oversized.obo"), """
                format-version: 1.2

                [Term]
                id: DOID:9980001
                name: oversized test disease
                def: "%s" []

                [Term]
                id: DOID:9980002
                name: ordinary size test disease
                def: "An invented term of the usual size." []
                """.formatted(huge));

        ImportReport report = importer.run(obo, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.notes())
                .singleElement()
                .asString()
                .startsWith("line 3: the stanza holds ")
                .endsWith("more than the limit of 64 K for one term; skipped");
        assertThat(imported()).contains("DOID:9980002").doesNotContain("DOID:9980001");
    }

    private Map<String, Object> term(String doid) {
        return jdbc.sql("""
                SELECT slug, name, language, licence, linkable, definition_markdown, definition_html
                FROM term WHERE source = :s AND source_id = :id""")
                .param("s", DiseaseOntologyImporter.SOURCE)
                .param("id", doid)
                .query()
                .singleRow();
    }

    private long id(String doid) {
        return repository.idOf(DiseaseOntologyImporter.SOURCE, doid).orElseThrow();
    }

    private List<String> synonyms(String doid) {
        return jdbc.sql("SELECT name FROM term_synonym WHERE term_id = :id ORDER BY ordinal")
                .param("id", id(doid))
                .query(String.class)
                .list();
    }

    private List<String> imported() {
        return jdbc.sql("SELECT source_id FROM term WHERE source = :s")
                .param("s", DiseaseOntologyImporter.SOURCE)
                .query(String.class)
                .list();
    }
}
