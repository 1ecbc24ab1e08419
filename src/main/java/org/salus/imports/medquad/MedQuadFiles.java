package org.salus.imports.medquad;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.salus.importing.ImportFailedException;

/**
 * Where MedQuAD's XML documents are read from: {@value #ZIP_NAME} (or another zip) streamed entry
 * by entry without unpacking it, or a folder it was unpacked into. Documents are handed over one
 * at a time, so memory holds one document whatever the size of the collection.
 */
sealed interface MedQuadFiles permits MedQuadZip, MedQuadFolder {

    String ZIP_NAME = "medquad-nih-subsets.zip";
    /** MedQuAD documents are at most about 60 KB; anything this large is not one. */
    int MAX_DOCUMENT_BYTES = 4 << 20;

    /**
     * One XML document: its subset folder, file name and content, or the problem that kept it
     * from being read.
     */
    record Document(String folder, String fileName, byte[] bytes, String problem) {

        /** As the report names it: {@code 5_NIDDK_QA/0000044.xml}. */
        String name() {
            return folder.isEmpty() ? fileName : folder + "/" + fileName;
        }

        /** The stable record id: {@code 5_NIDDK_QA/0000044}, the same from the zip or a folder. */
        String sourceId() {
            return name().substring(0, name().length() - ".xml".length());
        }
    }

    /**
     * What to read at {@code path}: a zip file, a folder holding {@value #ZIP_NAME}, a folder the
     * zip was unpacked into (its subset folders, or one subset folder), or one XML file.
     *
     * @throws ImportFailedException when nothing there looks like MedQuAD
     */
    static MedQuadFiles at(Path path) {
        if (Files.isRegularFile(path)) {
            return isXml(path.getFileName().toString())
                    ? new MedQuadFolder(path.getParent(), List.of(path))
                    : new MedQuadZip(path);
        }
        if (!Files.isDirectory(path)) {
            throw new ImportFailedException(path + " does not exist");
        }
        Path zip = path.resolve(ZIP_NAME);
        if (Files.isRegularFile(zip)) {
            return new MedQuadZip(zip);
        }
        List<Path> xml = MedQuadFolder.documentsIn(path);
        if (!xml.isEmpty()) {
            return new MedQuadFolder(path, xml);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> zips = files.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .toList();
            if (zips.size() == 1) {
                return new MedQuadZip(zips.get(0));
            }
        } catch (IOException e) {
            throw new ImportFailedException(path + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
        throw new ImportFailedException(path + " holds no " + ZIP_NAME + " and no MedQuAD XML files");
    }

    /** The zip or folder being read, for the console. */
    Path location();

    /**
     * The folder that holds the MedQuAD data: the zip's folder, or the folder holding the subset
     * folders. Other data sets (the Disease Ontology crosswalk) are looked for beside it.
     */
    Path dataFolder();

    /** How many XML documents there are to read, for the progress bar. */
    int count();

    /**
     * Hands every XML document to {@code handler}, in order.
     *
     * @return why reading stopped before the end (a zip that is cut short or damaged), if it did;
     *         the documents handed over until then are complete
     */
    Optional<String> read(Consumer<Document> handler);

    static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String file = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.endsWith(".xml") && !file.startsWith("._") && !lower.startsWith("__macosx/");
    }

    /** Reads at most {@link #MAX_DOCUMENT_BYTES}; a longer document gets a problem instead of bytes. */
    static Document document(String folder, String fileName, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            return new Document(
                    folder,
                    fileName,
                    null,
                    "larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB, so not a MedQuAD document");
        }
        return new Document(folder, fileName, bytes, null);
    }
}
