package org.salus.imports.medquad;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.salus.importing.ImportFailedException;

/**
 * MedQuAD read straight from its zip: entries are streamed in the order they are stored, each XML
 * document read into memory alone, nothing unpacked to disk.
 *
 * <p>A zip that was cut short (an interrupted download or copy) has lost its table of contents
 * (central directory) at the end. That is found before anything is read, the entries before the
 * cut are still read, and {@link #read} says where the data ended, so the documents before it are
 * imported complete and the import can be run again from a whole copy.
 */
final class MedQuadZip implements MedQuadFiles {

    private final Path zip;
    private final boolean complete;
    private final int count;

    MedQuadZip(Path zip) {
        this.zip = zip;
        int counted;
        boolean whole;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            counted = (int) file.stream()
                    .filter(entry -> !entry.isDirectory() && MedQuadFiles.isXml(entry.getName()))
                    .count();
            whole = true;
        } catch (ZipException e) {
            counted = countByStreaming();
            whole = false;
        } catch (IOException e) {
            throw new ImportFailedException(zip + " cannot be read (" + e.getMessage() + ")", e);
        }
        this.count = counted;
        this.complete = whole;
        if (!complete && count == 0) {
            throw new ImportFailedException(
                    zip + " is not a zip file holding MedQuAD XML documents" + " (or is damaged from its start)");
        }
    }

    @Override
    public Path location() {
        return zip;
    }

    @Override
    public Path dataFolder() {
        Path parent = zip.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public Optional<String> read(Consumer<Document> handler) {
        String last = null;
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory() || !MedQuadFiles.isXml(entry.getName())) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                int slash = name.lastIndexOf('/');
                String folderPath = slash < 0 ? "" : name.substring(0, slash);
                String folder = folderPath.substring(folderPath.lastIndexOf('/') + 1);
                Document document = MedQuadFiles.document(folder, name.substring(slash + 1), in);
                last = document.name();
                handler.accept(document);
            }
        } catch (IOException e) {
            return Optional.of(zip + " is damaged or cut short: reading stopped "
                    + (last == null ? "at its first document" : "after " + last) + " (" + e.getMessage() + ")."
                    + " The documents before were imported completely; the rest were not read."
                    + " Import again from a complete copy.");
        }
        if (!complete) {
            return Optional.of(zip + " is cut short: its table of contents is missing, so the file ends early"
                    + (last == null ? "" : " after " + last) + ". The documents before were imported completely;"
                    + " the rest are missing. Import again from a complete copy.");
        }
        return Optional.empty();
    }

    /** Counts the XML entries that can be read when the table of contents is missing. */
    private int countByStreaming() {
        int counted = 0;
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip), 1 << 16))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && MedQuadFiles.isXml(entry.getName())) {
                    counted++;
                }
            }
        } catch (IOException e) {
            // damaged from here on: the entries counted so far are what can be read
        }
        return counted;
    }
}
