package org.salus.imports.medquad;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hand-written MedQuAD documents of {@code src/test/resources/imports/medquad/}, packed into
 * zips and folders at test time. A file-name prefix per test keeps the source ids (and so the
 * articles) of tests that share a database apart.
 */
final class MedQuadFixtures {

    static final Path NIH = Path.of("src/test/resources/imports/medquad/nih");
    static final Path BAD = Path.of("src/test/resources/imports/medquad/bad");
    static final Path CROSSWALK = Path.of("src/test/resources/imports/medquad/disease-ontology/DO-code-crosswalk.tsv");
    /** The eight good documents, one per subset folder. */
    static final int DOCUMENTS = 8;

    private MedQuadFixtures() {}

    /** The good documents as zip entries {@code folder/<prefix>file.xml}, in name order. */
    static Map<String, byte[]> documents(String prefix) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(NIH)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.put(
                        file.getParent().getFileName() + "/" + prefix + file.getFileName(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] bad(String file) {
        try {
            return Files.readAllBytes(BAD.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of the entries, with folder entries and MedQuAD's licence and readme beside them. */
    static Path zip(Path file, Map<String, byte[]> entries) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String folder : entries.keySet().stream()
                    .filter(name -> name.contains("/"))
                    .map(name -> name.substring(0, name.indexOf('/') + 1))
                    .distinct()
                    .toList()) {
                zip.putNextEntry(new ZipEntry(folder));
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            for (String other : List.of("LICENSE.txt", "readme.txt")) {
                zip.putNextEntry(new ZipEntry(other));
                zip.write("Not a document.".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The entries written as files under {@code folder}, as an unpacked zip. */
    static Path unpack(Path folder, Map<String, byte[]> entries) {
        try {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                Path file = folder.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The crosswalk fixture gzipped at {@code file}. */
    static Path crosswalk(Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
                Files.copy(CROSSWALK, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
