package org.salus.dictionary.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.salus.importing.ImportFailedException;

/**
 * The NCI glossary in its CDR XML form: one {@code GlossaryTerm} document per term, either as the
 * {@code .xml} entries of a zip ({@code nci-glossary-cdr-xml-2016.zip} keeps them under
 * {@code GlossaryTerm/}) or as the {@code .xml} files of a folder (not its subfolders). Files are
 * read in the order of their names, one at a time, and each is placed by its name in the zip or
 * the folder, e.g. {@code GlossaryTerm/CDR44038.xml}. Other files are ignored.
 */
final class NciGlossaryXml implements NciGlossaryReader {

    static final String ZIP_NAME = "nci-glossary-cdr-xml-2016.zip";

    private final CdrGlossaryTerm parser = new CdrGlossaryTerm();
    private final ZipFile zip;
    private final Path folder;
    private final Iterator<String> names;

    private NciGlossaryXml(ZipFile zip, Path folder, List<String> names) {
        this.zip = zip;
        this.folder = folder;
        this.names = names.iterator();
    }

    /**
     * Opens a zip or a folder and lists its {@code .xml} files.
     *
     * @throws ImportFailedException when there is no {@code .xml} file to read
     * @throws IOException           when the zip is damaged or the folder cannot be listed
     */
    static NciGlossaryXml open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<String> names;
            try (Stream<Path> files = Files.list(path)) {
                names = files.filter(f -> isXml(f.getFileName().toString()) && Files.isRegularFile(f))
                        .map(f -> f.getFileName().toString())
                        .sorted()
                        .toList();
            }
            return new NciGlossaryXml(null, path, requireSome(path, names));
        }
        ZipFile zip = new ZipFile(path.toFile());
        try {
            List<String> names = zip.stream()
                    .filter(e -> !e.isDirectory() && isXml(e.getName()))
                    .map(ZipEntry::getName)
                    .sorted()
                    .toList();
            return new NciGlossaryXml(zip, null, requireSome(path, names));
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Whether a folder holds at least one {@code .xml} file (and so is a folder of this form). */
    static boolean holdsXml(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> isXml(f.getFileName().toString()) && Files.isRegularFile(f));
        }
    }

    @Override
    public NciEntry next() throws IOException {
        if (!names.hasNext()) {
            return null;
        }
        String name = names.next();
        try (InputStream in =
                zip != null ? zip.getInputStream(zip.getEntry(name)) : Files.newInputStream(folder.resolve(name))) {
            // at most one byte more than the parser takes: a larger file is refused, not read whole
            return parser.read(name, in.readNBytes(CdrGlossaryTerm.MAX_BYTES + 1));
        }
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    private static boolean isXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static List<String> requireSome(Path path, List<String> names) {
        if (names.isEmpty()) {
            throw new ImportFailedException(
                    path + ": holds no .xml file (the CDR XML form has one GlossaryTerm " + "file per term)");
        }
        return names;
    }
}
