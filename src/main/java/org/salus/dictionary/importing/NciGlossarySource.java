package org.salus.dictionary.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.salus.cli.ImportFailedException;

/**
 * What an {@code import nci-glossary PATH} reads: the file, and the form of the glossary in it.
 *
 * @param path the file to read
 * @param form how to read it
 */
record NciGlossarySource(Path path, Form form) {

    /** A form of the glossary, and the words the import's messages use for its records. */
    enum Form {
        TSV("rows", "row skipped");

        /** Plural noun for the records, in progress lines ("read 8092 rows"). */
        final String records;
        /** End of a note about a record that was not imported. */
        final String skipped;

        Form(String records, String skipped) {
            this.records = records;
            this.skipped = skipped;
        }
    }

    /**
     * The source for {@code path}: the path itself, or in a folder the
     * {@value NciGlossaryFile#FILE_NAME} file (or its only {@code .tsv.gz} file).
     *
     * @throws ImportFailedException when a folder holds nothing to import
     */
    static NciGlossarySource locate(Path path) {
        if (!Files.isDirectory(path)) {
            return new NciGlossarySource(path, Form.TSV);
        }
        Path named = path.resolve(NciGlossaryFile.FILE_NAME);
        if (Files.isRegularFile(named)) {
            return new NciGlossarySource(named, Form.TSV);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> candidates = files.filter(f -> f.getFileName().toString().endsWith(".tsv.gz")).toList();
            if (candidates.size() == 1) {
                return new NciGlossarySource(candidates.get(0), Form.TSV);
            }
        } catch (IOException e) {
            throw new ImportFailedException(path + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        throw new ImportFailedException(path + ": the folder holds no " + NciGlossaryFile.FILE_NAME
                + " (nor exactly one other .tsv.gz file)");
    }

    /** Opens a reader at the first record. */
    NciGlossaryReader open() throws IOException {
        return NciGlossaryFile.open(path);
    }
}
