package org.salus.dictionary.importing.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.salus.article.Slugs;
import org.salus.importing.ImportReport;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports the real 2016-09-01 Disease Ontology release from the shared data folder, when it is
 * there. Its own test context, so the other tests' databases never hold thousands of DO terms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("do-import-release")
class DiseaseOntologyReleaseTests {

    static final Path RELEASE = Path.of("../shared/data/disease-ontology/" + DiseaseOntologyImporter.FILE_NAME);

    @Autowired
    DiseaseOntologyImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsEveryLiveTermWithADefinition() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(RELEASE), RELEASE + " is not there");
        int expected = liveTermsWithDefinition(RELEASE);

        ImportReport report = importer.run(RELEASE, new PrintStream(System.out, true, StandardCharsets.UTF_8));

        System.out.println("Disease Ontology 2016-09-01: " + expected + " live terms with a definition; "
                + report.summary() + "; notes " + report.notes());
        System.out.println("codes by system: "
                + jdbc.sql("""
                SELECT code_system, COUNT(*) FROM term_code GROUP BY code_system ORDER BY code_system""")
                        .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
                        .list()
                + "; synonyms: " + count("""
                SELECT COUNT(*) FROM term_synonym s JOIN term t ON t.id = s.term_id
                WHERE t.source = 'Human Disease Ontology'""")
                + "; slugs with -do: " + jdbc.sql("""
                SELECT slug FROM term WHERE source = 'Human Disease Ontology' AND (slug LIKE '%-do' OR slug LIKE '%-do-%')""").query(String.class).list());
        assertThat(report.created()).isEqualTo(expected);
        assertThat(report.updated()).isZero();
        assertThat(report.notes()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM term WHERE source = 'Human Disease Ontology'"))
                .isEqualTo(expected);
        assertThat(count("""
                SELECT COUNT(*) FROM term_code c JOIN term t ON t.id = c.term_id
                WHERE t.source = 'Human Disease Ontology' AND c.code_system = 'ICD-10-CM'""")).isPositive();
        assertThat(jdbc.sql("""
                SELECT c.code FROM term_code c JOIN term t ON t.id = c.term_id
                WHERE t.source_id = 'DOID:9352' AND c.code_system = 'ICD-10-CM'""").query(String.class).list()).contains("E11");
        List<String> slugs = jdbc.sql("SELECT slug FROM term WHERE source = 'Human Disease Ontology'")
                .query(String.class)
                .list();
        assertThat(slugs).allMatch(Slugs::isValid);
        assertThat(count("SELECT COUNT(*) FROM term WHERE source = 'Human Disease Ontology' AND linkable"))
                .isZero();
    }

    /** Counted without the importer's parser: [Term] stanzas with a def: line and no is_obsolete: true. */
    static int liveTermsWithDefinition(Path file) throws IOException {
        int count = 0;
        boolean term = false;
        boolean def = false;
        boolean obsolete = false;
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line == null || line.startsWith("[")) {
                    if (term && def && !obsolete) {
                        count++;
                    }
                    if (line == null) {
                        return count;
                    }
                    term = line.equals("[Term]");
                    def = false;
                    obsolete = false;
                } else if (line.startsWith("def:")) {
                    def = true;
                } else if (line.startsWith("is_obsolete: true")) {
                    obsolete = true;
                }
            }
        }
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
