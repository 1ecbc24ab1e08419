package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.article.Code;
import org.salus.importing.ImportFailedException;

/** Finding and reading the Disease Ontology crosswalk, and the codes it gives for CUIs. */
class MedQuadCrosswalkTests {

    static final Path FIXTURE = MedQuadFixtures.CROSSWALK;

    @TempDir
    Path temp;

    @Test
    void byDefaultTheCrosswalkIsFoundInDiseaseOntologyBesideTheMedQuadFolder() throws IOException {
        Path medquad = Files.createDirectories(temp.resolve("data/medquad"));
        assertThat(MedQuadCrosswalk.locate(Optional.empty(), medquad)).isEmpty();

        Path file = gzip(
                FIXTURE,
                Files.createDirectories(temp.resolve("data/disease-ontology")).resolve(MedQuadCrosswalk.FILE_NAME));

        assertThat(MedQuadCrosswalk.locate(Optional.empty(), medquad)).contains(file.toAbsolutePath());
    }

    @Test
    void theOptionNamesTheFileOrItsFolderOrNone() throws IOException {
        Path file = gzip(FIXTURE, temp.resolve(MedQuadCrosswalk.FILE_NAME));

        assertThat(MedQuadCrosswalk.locate(Optional.of(file.toString()), temp.resolve("x")))
                .contains(file);
        assertThat(MedQuadCrosswalk.locate(Optional.of(temp.toString()), temp.resolve("x")))
                .contains(file);
        assertThat(MedQuadCrosswalk.locate(Optional.of("none"), temp.resolve("x")))
                .isEmpty();
        assertThatThrownBy(() -> MedQuadCrosswalk.locate(
                        Optional.of(temp.resolve("missing.tsv").toString()), temp))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("missing.tsv does not exist");
    }

    @Test
    void readsGzippedAndPlainFilesAlike() throws IOException {
        MedQuadCrosswalk plain = MedQuadCrosswalk.load(FIXTURE);
        MedQuadCrosswalk gzipped = MedQuadCrosswalk.load(gzip(FIXTURE, temp.resolve("x.tsv.gz")));

        assertThat(plain.diseases()).isEqualTo(5);
        assertThat(gzipped.codesFor(List.of("C9000003")))
                .isEqualTo(plain.codesFor(List.of("C9000003")))
                .containsExactly(
                        new Code("ICD-10-CM", "Q87.89", "harbor-finch syndrome"),
                        new Code("SNOMED-CT", "9000003003", "harbor-finch syndrome"));
    }

    @Test
    void codesAreGroupedBySystemAndEachGivenOnce() {
        MedQuadCrosswalk crosswalk = MedQuadCrosswalk.load(FIXTURE);

        assertThat(crosswalk.codesFor(List.of("C9000002", "C9000001")))
                .containsExactly(
                        new Code("ICD-10-CM", "N28.89", "glowing kidney disease"),
                        new Code("ICD-10-CM", "N28.9", "glowing kidney disease"),
                        new Code("ICD-9-CM", "593.89", "lantern kidney syndrome"),
                        new Code("SNOMED-CT", "9000001001", "lantern kidney syndrome"),
                        new Code("MESH", "D900002", "glowing kidney disease"),
                        new Code("MESH", "D900001", "lantern kidney syndrome"));
        assertThat(crosswalk.labelOf("C9000001")).contains("lantern kidney syndrome");
        assertThat(crosswalk.codesFor(List.of("C1234567"))).isEmpty();
    }

    @Test
    void aFileThatIsNotTheCrosswalkIsRefused() throws IOException {
        Path other = Files.writeString(temp.resolve("other.tsv"), "id\tname\n1\tx\n");

        assertThatThrownBy(() -> MedQuadCrosswalk.load(other))
                .isInstanceOf(ImportFailedException.class)
                .hasMessageContaining("not the Disease Ontology code crosswalk (no label column");
    }

    static Path gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
        return to;
    }
}
