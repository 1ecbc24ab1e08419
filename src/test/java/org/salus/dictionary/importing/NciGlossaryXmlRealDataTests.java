package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real NCI glossary in its CDR XML form ({@code nci-glossary-cdr-xml-2016.zip}) against its
 * TSV form, when the shared data folder next to the project holds both; skipped otherwise. Its own
 * context, so it starts from the sample dictionary alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("nci-xml-import-real-data")
class NciGlossaryXmlRealDataTests {

    static final Path ZIP = Path.of("../shared/data/nci-cancer-terms/nci-glossary-cdr-xml-2016.zip");
    static final Path TSV = NciGlossaryRealDataTests.FILE;

    @Autowired
    List<Importer> importers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bothFormsGiveTheSameTerms() throws IOException {
        assumeBothFiles();
        Map<String, NciRow> fromTsv = rows(new NciGlossarySource(TSV, NciGlossarySource.Form.TSV));
        Map<String, NciRow> fromXml = rows(new NciGlossarySource(ZIP, NciGlossarySource.Form.CDR_XML));

        assertThat(fromXml).hasSize(8092);
        assertThat(fromXml.keySet()).isEqualTo(fromTsv.keySet());
        assertThat(fromXml).allSatisfy((id, row) -> assertThat(row).isEqualTo(fromTsv.get(id)));
    }

    @Test
    void importsTheZipIntoAnEmptyDictionaryThenTheTsvUpdatesTheSameTerms() {
        assumeBothFiles();
        Importer importer = importers.stream()
                .filter(i -> i.format().equals("nci-glossary"))
                .findFirst()
                .orElseThrow();

        ImportReport fromZip = importer.run(ZIP, new PrintStream(System.out, true));
        System.out.println("nci-glossary (zip): " + fromZip.summary() + "; notes: " + fromZip.notes());

        assertThat(count("en")).isEqualTo(8092);
        assertThat(count("es")).isEqualTo(7916);
        assertThat(fromZip.created()).isEqualTo(8092 + 7916);
        assertThat(fromZip.notes()).isEmpty();
        assertThat(jdbc.sql("SELECT name FROM term WHERE source = :s AND source_id = 'CDR0000044038'")
                        .param("s", NciGlossaryImporter.SOURCE)
                        .query(String.class)
                        .single())
                .isEqualTo("hypertension");
        int terms = jdbc.sql("SELECT COUNT(*) FROM term").query(Integer.class).single();

        ImportReport fromTsv = importer.run(TSV, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(fromTsv.created()).isZero();
        assertThat(fromTsv.updated()).isEqualTo(fromZip.created());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM term").query(Integer.class).single())
                .isEqualTo(terms);
    }

    /** Every row of one form by cdr id, without the place it was read from (which differs by form). */
    private static Map<String, NciRow> rows(NciGlossarySource source) throws IOException {
        Map<String, NciRow> rows = new HashMap<>();
        try (NciGlossaryReader reader = source.open()) {
            for (NciEntry entry = reader.next(); entry != null; entry = reader.next()) {
                assertThat(entry.problem()).as(entry.where()).isNull();
                NciRow row = entry.row();
                rows.put(
                        row.cdrId(),
                        new NciRow(
                                "",
                                row.cdrId(),
                                row.term(),
                                row.pronunciation(),
                                row.definitionEn(),
                                row.termEs(),
                                row.definitionEs()));
            }
        }
        return rows;
    }

    private static void assumeBothFiles() {
        Assumptions.assumeTrue(Files.exists(ZIP) && Files.exists(TSV), ZIP + " or " + TSV + " is not there");
    }

    private int count(String language) {
        return jdbc.sql("SELECT COUNT(*) FROM term WHERE source = :s AND language = :l")
                .param("s", NciGlossaryImporter.SOURCE)
                .param("l", language)
                .query(Integer.class)
                .single();
    }
}
