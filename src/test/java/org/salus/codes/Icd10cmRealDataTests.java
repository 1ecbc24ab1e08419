package org.salus.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.salus.importing.ImportReport;
import org.salus.testsupport.OwnContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports the real ICD-10-CM FY2022 order file when the shared data folder next to the project
 * holds it (skipped otherwise), and checks codes against it as the editor form does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("icd10cm-real-data")
class Icd10cmRealDataTests {

    static final Path FILE = Path.of("../shared/data/icd10cm/icd10cm-2022-order.tsv.gz");

    @Autowired
    Icd10cmImporter importer;

    @Autowired
    CodeCheck check;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsEveryCodeOnceAndChecksCodesAgainstThem() {
        Assumptions.assumeTrue(Files.exists(FILE), FILE + " is not there");

        long start = System.nanoTime();
        ImportReport first = importer.run(FILE, new PrintStream(System.out, true));
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ImportReport again = importer.run(FILE, new PrintStream(System.out, true));
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("icd10cm: first import " + firstMillis + " ms (" + first.summary() + "), again "
                + againMillis + " ms (" + again.summary() + ")");

        assertThat(first.created()).isEqualTo(95_524);
        assertThat(again.unchanged()).isEqualTo(95_524);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(count("billable")).isEqualTo(72_748);
        assertThat(count("retired")).isZero();
        assertThat(check.check("ICD-10-CM", "E11.9", "").title())
                .isEqualTo("Type 2 diabetes mellitus without complications");
        assertThat(check.check("ICD-10-CM", "E119", "").problem())
                .isEqualTo("E119 is not an ICD-10-CM code; did you mean E11.9?");
        assertThat(check.check("ICD-10-CM", "R73.03", "").accepted()).isTrue();
        assertThat(check.check("ICD-10-CM", "E11.99", "").problem()).isEqualTo("E11.99 is not an ICD-10-CM code");
    }

    private long count(String flag) {
        return jdbc.sql("SELECT COUNT(*) FROM code_list_entry WHERE code_system = 'ICD-10-CM' AND " + flag)
                .query(Long.class)
                .single();
    }
}
