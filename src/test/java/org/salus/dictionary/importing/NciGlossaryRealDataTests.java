package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports the real NCI glossary when the shared data folder next to the project holds it; skipped
 * otherwise. Its own context, so the fixture terms of {@link NciGlossaryImporterTests} are not
 * counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("nci-import-real-data")
class NciGlossaryRealDataTests {

    static final Path FILE = Path.of("../shared/data/nci-cancer-terms/nci-glossary-2016.tsv.gz");

    @Autowired
    List<Importer> importers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsTheWholeNciGlossary() {
        Assumptions.assumeTrue(Files.exists(FILE), FILE + " is not there");
        Importer importer = importers.stream()
                .filter(i -> i.format().equals("nci-glossary"))
                .findFirst()
                .orElseThrow();

        ImportReport report = importer.run(FILE, new PrintStream(System.out, true));
        System.out.println("nci-glossary: " + report.summary() + "; notes: " + report.notes());

        assertThat(count("en")).isEqualTo(8092);
        assertThat(count("es")).isGreaterThanOrEqualTo(7900);
        assertThat(report.created()).isEqualTo(count("en") + count("es"));
        assertThat(report.notes()).isEmpty();
        assertThat(jdbc.sql("SELECT source FROM term WHERE slug = 'hypertension'")
                        .query(String.class)
                        .single())
                .isEqualTo("Salus Health");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM term WHERE source = :s AND linkable")
                        .param("s", NciGlossaryImporter.SOURCE)
                        .query(Integer.class)
                        .single())
                .isZero();
        // the sample dictionary keeps "hypertension" and "hipertension"; NCI's terms get a suffix
        assertThat(slugOf("CDR0000044038")).isEqualTo("hypertension-nci");
        assertThat(slugOf("CDR0000044038-es")).isEqualTo("hipertension-es");
        assertThat(synonyms("CDR0000044038")).contains("high blood pressure");
        assertThat(synonyms("CDR0000044392")).containsExactly("dilatation and curettage", "dilation and curettage");
    }

    private String slugOf(String sourceId) {
        return jdbc.sql("SELECT slug FROM term WHERE source = :s AND source_id = :id")
                .param("s", NciGlossaryImporter.SOURCE)
                .param("id", sourceId)
                .query(String.class)
                .single();
    }

    private List<String> synonyms(String sourceId) {
        return jdbc.sql("""
                SELECT s.name FROM term_synonym s JOIN term t ON t.id = s.term_id
                WHERE t.source = :s AND t.source_id = :id ORDER BY s.ordinal""")
                .param("s", NciGlossaryImporter.SOURCE)
                .param("id", sourceId)
                .query(String.class)
                .list();
    }

    private int count(String language) {
        return jdbc.sql("SELECT COUNT(*) FROM term WHERE source = :s AND language = :l")
                .param("s", NciGlossaryImporter.SOURCE)
                .param("l", language)
                .query(Integer.class)
                .single();
    }
}
