package org.salus.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportReport;
import org.salus.testsupport.FixedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * {@code import icd10cm} and the code list's queries, on H2 ({@link CodeListTests}) and PostgreSQL
 * ({@link CodeListPostgresTests}). PostgreSQL keeps its database between runs, so each test starts
 * by importing the fixture and asserts what holds after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
abstract class CodeListContract {

    @TempDir
    Path folder;

    @Autowired
    Icd10cmImporter importer;

    @Autowired
    CodeList list;

    @Test
    void aReimportChangesNothingAndADroppedCodeIsRetiredNotDeleted() {
        Path full = Icd10cmFixture.write(folder, "full.tsv.gz", Icd10cmFixture.ROWS);
        run(full);

        ImportReport again = run(full);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(7);

        List<String> fewer = new ArrayList<>(Icd10cmFixture.ROWS);
        fewer.remove(6); // J45.909 dropped
        fewer.set(4, Icd10cmFixture.row(5, "I10", 1, "Raised pressure in the arteries, renamed (test)"));
        ImportReport later = run(Icd10cmFixture.write(folder, "later.tsv.gz", fewer));
        assertThat(later.updated()).isEqualTo(2); // I10 retitled, J45.909 retired
        assertThat(later.notes()).singleElement().asString().contains("1 codes are no longer in the file");
        assertThat(list.find("ICD-10-CM", "J45.909"))
                .get()
                .extracting(CodeList.Entry::retired)
                .isEqualTo(true);
        assertThat(list.find("ICD-10-CM", "I10").orElseThrow().title())
                .isEqualTo("Raised pressure in the arteries, renamed (test)");

        ImportReport back = run(full);
        assertThat(back.updated()).isEqualTo(2);
        assertThat(list.find("ICD-10-CM", "J45.909").orElseThrow().retired()).isFalse();
        assertThat(list.find("ICD-10-CM", "E11").orElseThrow().billable()).isFalse();
        assertThat(list.find("ICD-10-CM", "E11.9").orElseThrow().billable()).isTrue();
    }

    @Test
    void codesAreFoundWhateverTheirDotsAndCaseAndSuggestedByCodeOrTitle() {
        run(Icd10cmFixture.write(folder, "full.tsv.gz", Icd10cmFixture.ROWS));

        assertThat(list.findByKey("ICD-10-CM", "e119"))
                .extracting(CodeList.Entry::code)
                .containsExactly("E11.9");
        assertThat(list.suggest("ICD-10-CM", "e11.", 10))
                .extracting(CodeList.Entry::code)
                .containsExactly("E11", "E11.6", "E11.65", "E11.9");
        assertThat(list.suggest("ICD-10-CM", "E11", 2))
                .extracting(CodeList.Entry::code)
                .containsExactly("E11", "E11.6");
        assertThat(list.suggest("ICD-10-CM", "wheezing", 10))
                .extracting(CodeList.Entry::code)
                .containsExactly("J45", "J45.909");
        assertThat(list.suggest("ICD-10-CM", "100%_", 10)).isEmpty();
    }

    @Test
    void aBadLineStopsTheImportBeforeAnythingIsWritten() {
        run(Icd10cmFixture.write(folder, "full.tsv.gz", Icd10cmFixture.ROWS));
        List<String> rows = new ArrayList<>(Icd10cmFixture.ROWS);
        rows.set(0, Icd10cmFixture.row(1, "E11", 0, "Changed before the bad line (test)"));
        rows.add("8\tnot-a-code\tx\t1\tBad\tBad\tN\tC");

        Path bad = Icd10cmFixture.write(folder, "bad.tsv.gz", rows);
        assertThatThrownBy(() -> run(bad))
                .isInstanceOf(ImportFailedException.class)
                .hasMessage("bad.tsv.gz line 9: 'not-a-code' is not an ICD-10-CM code");
        assertThat(list.find("ICD-10-CM", "E11").orElseThrow().title()).isEqualTo("Sugar illness kind two (test)");
    }

    @Test
    void aFileThatIsNotAnOrderFileIsRefusedWithItsName() throws Exception {
        Path other = Files.writeString(folder.resolve("other.tsv"), "doid\tlabel\nDOID:1\tthing\n");
        assertThatThrownBy(() -> run(other))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageStartingWith("other.tsv line 1: not an ICD-10-CM order file");
    }

    private ImportReport run(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return importer.run(file, new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
