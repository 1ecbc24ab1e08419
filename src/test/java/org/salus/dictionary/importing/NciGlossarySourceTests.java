package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.dictionary.importing.NciGlossarySource.Form;
import org.salus.importing.ImportFailedException;

/** Which form of the NCI glossary a path names. */
class NciGlossarySourceTests {

    @TempDir
    Path temp;

    @Test
    void aFileIsReadByItsName() throws IOException {
        Path zip = touch(temp.resolve("glossary.zip"));
        Path gzip = touch(temp.resolve("glossary.tsv.gz"));
        Path tsv = touch(temp.resolve("glossary.tsv"));

        assertThat(NciGlossarySource.locate(zip)).isEqualTo(new NciGlossarySource(zip, Form.CDR_XML));
        assertThat(NciGlossarySource.locate(gzip)).isEqualTo(new NciGlossarySource(gzip, Form.TSV));
        assertThat(NciGlossarySource.locate(tsv)).isEqualTo(new NciGlossarySource(tsv, Form.TSV));
    }

    @Test
    void inAFolderHoldingBothDataFilesTheTsvWins() throws IOException {
        Path tsv = touch(temp.resolve(NciGlossaryFile.FILE_NAME));
        touch(temp.resolve(NciGlossaryXml.ZIP_NAME));
        touch(temp.resolve("CDR1.xml"));

        assertThat(NciGlossarySource.locate(temp)).isEqualTo(new NciGlossarySource(tsv, Form.TSV));
    }

    @Test
    void aFolderWithTheZipAloneIsReadAsXml() throws IOException {
        Path zip = touch(temp.resolve(NciGlossaryXml.ZIP_NAME));
        touch(temp.resolve("other.zip"));

        assertThat(NciGlossarySource.locate(temp)).isEqualTo(new NciGlossarySource(zip, Form.CDR_XML));
    }

    @Test
    void otherwiseTheOnlyTsvGzThenTheOnlyZipOfTheFolderIsRead() throws IOException {
        Path zip = touch(temp.resolve("glossary-copy.zip"));
        assertThat(NciGlossarySource.locate(temp)).isEqualTo(new NciGlossarySource(zip, Form.CDR_XML));

        Path gzip = touch(temp.resolve("glossary-copy.tsv.gz"));
        assertThat(NciGlossarySource.locate(temp)).isEqualTo(new NciGlossarySource(gzip, Form.TSV));
    }

    @Test
    void aFolderOfXmlFilesIsReadAsTheUnpackedZip() throws IOException {
        touch(temp.resolve("CDR1.xml"));
        touch(temp.resolve("notes.txt"));

        assertThat(NciGlossarySource.locate(temp)).isEqualTo(new NciGlossarySource(temp, Form.CDR_XML));
    }

    @Test
    void aFolderWithNothingToImportIsRefused() throws IOException {
        touch(temp.resolve("a.zip"));
        touch(temp.resolve("b.zip"));

        assertThatThrownBy(() -> NciGlossarySource.locate(temp))
                .isInstanceOf(ImportFailedException.class)
                .hasMessage(temp + ": the folder holds no nci-glossary-2016.tsv.gz or nci-glossary-cdr-xml-2016.zip"
                        + " (nor exactly one other .tsv.gz or .zip file, nor any .xml file)");
    }

    private static Path touch(Path file) throws IOException {
        return Files.write(file, new byte[0]);
    }
}
