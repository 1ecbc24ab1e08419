package org.salus.dictionary.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.salus.importing.ImportFailedException;

/**
 * What an {@code import nci-glossary PATH} reads: the file or folder, and the form of the
 * glossary in it. {@link #locate} chooses by what PATH is:
 *
 * <ol>
 * <li>a file whose name ends in {@code .zip}: the CDR XML form (its {@code .xml} entries);</li>
 * <li>any other file: the TSV form ({@code .tsv.gz} or plain {@code .tsv});</li>
 * <li>a folder: its {@value NciGlossaryFile#FILE_NAME}, else its only {@code .tsv.gz} file (TSV);
 * else its {@value NciGlossaryXml#ZIP_NAME}, else its only {@code .zip} file (CDR XML); else
 * its {@code .xml} files, e.g. the {@code GlossaryTerm/} folder of the unpacked zip (CDR
 * XML).</li>
 * </ol>
 *
 * <p>So when a folder holds both data files, as {@code ../shared/data/nci-cancer-terms/} does,
 * the TSV wins: it is what that command has always imported, it reads faster (one stream, not
 * 8,092 documents), and both give the same terms. Name the zip to import the XML form.
 *
 * @param path the file or folder to read
 * @param form how to read it
 */
record NciGlossarySource(Path path, Form form) {

    /** A form of the glossary, and the words the import's messages use for its records. */
    enum Form {
        TSV("rows", "row skipped"),
        CDR_XML("files", "file skipped");

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
     * The source for {@code path}, by the rule in the class comment.
     *
     * @throws ImportFailedException when a folder holds nothing to import
     */
    static NciGlossarySource locate(Path path) {
        if (!Files.isDirectory(path)) {
            return new NciGlossarySource(path, endsWith(path, ".zip") ? Form.CDR_XML : Form.TSV);
        }
        try {
            return named(path, NciGlossaryFile.FILE_NAME, Form.TSV)
                    .or(() -> only(path, ".tsv.gz", Form.TSV))
                    .or(() -> named(path, NciGlossaryXml.ZIP_NAME, Form.CDR_XML))
                    .or(() -> only(path, ".zip", Form.CDR_XML))
                    .or(() -> xmlFolder(path))
                    .orElseThrow(() -> new ImportFailedException(path + ": the folder holds no "
                            + NciGlossaryFile.FILE_NAME + " or " + NciGlossaryXml.ZIP_NAME
                            + " (nor exactly one other .tsv.gz or .zip file, nor any .xml file)"));
        } catch (UncheckedIOException e) {
            throw new ImportFailedException(
                    path + ": cannot list the folder (" + e.getCause().getMessage() + ")", e);
        }
    }

    /** Opens a reader at the first record. */
    NciGlossaryReader open() throws IOException {
        return form == Form.TSV ? NciGlossaryFile.open(path) : NciGlossaryXml.open(path);
    }

    private static Optional<NciGlossarySource> named(Path folder, String name, Form form) {
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(new NciGlossarySource(file, form)) : Optional.empty();
    }

    private static Optional<NciGlossarySource> only(Path folder, String suffix, Form form) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> candidates = files.filter(f -> endsWith(f, suffix) && Files.isRegularFile(f))
                    .toList();
            return candidates.size() == 1
                    ? Optional.of(new NciGlossarySource(candidates.get(0), form))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<NciGlossarySource> xmlFolder(Path folder) {
        try {
            return NciGlossaryXml.holdsXml(folder)
                    ? Optional.of(new NciGlossarySource(folder, Form.CDR_XML))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean endsWith(Path file, String suffix) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix);
    }
}
