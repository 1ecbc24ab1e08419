package org.salus.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A backup archive opened for restore. Opening proves it is whole and ours before anything is
 * changed: a readable zip, a Salus manifest this build understands, exactly the entries the
 * manifest lists, each matching its SHA-256, and a table file for every table counted.
 */
final class BackupArchive implements AutoCloseable {

    private final ZipFile zip;
    private final Manifest manifest;

    private BackupArchive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    Manifest manifest() {
        return manifest;
    }

    /**
     * Opens and verifies {@code file}.
     *
     * @throws BackupException naming what is wrong: not a zip, not a Salus backup, damaged
     */
    static BackupArchive open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new BackupException(
                    "damaged archive: " + file + " is not a readable zip file (truncated, or not a backup)");
        }
        try {
            ZipEntry manifestEntry = zip.getEntry(Manifest.ENTRY);
            if (manifestEntry == null) {
                throw new BackupException("not a Salus backup: " + file + " has no " + Manifest.ENTRY);
            }
            Manifest manifest = Manifest.parse(read(zip, manifestEntry), BackupJson.MAPPER);
            verify(zip, manifest);
            return new BackupArchive(zip, manifest);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /**
     * The schema version in {@code file}'s manifest, read without verifying the archive (that
     * happens when it is opened); empty when there is no readable manifest.
     */
    static Optional<String> peekSchemaVersion(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(Manifest.ENTRY);
            return entry == null
                    ? Optional.empty()
                    : Optional.of(
                            Manifest.parse(read(zip, entry), BackupJson.MAPPER).schemaVersion());
        } catch (IOException | BackupException e) {
            return Optional.empty();
        }
    }

    private static void verify(ZipFile zip, Manifest manifest) {
        Set<String> present = new TreeSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.getName().equals(Manifest.ENTRY)) {
                present.add(entry.getName());
            }
        }
        for (String name : present) {
            if (!manifest.checksums().containsKey(name)) {
                throw new BackupException("damaged archive: entry " + name + " is not listed in the manifest");
            }
        }
        for (String table : manifest.rowCounts().keySet()) {
            if (!manifest.checksums().containsKey(TableWriter.entryName(table))) {
                throw new BackupException(
                        "damaged archive: the manifest counts table " + table + " but lists no file for it");
            }
        }
        for (var expected : manifest.checksums().entrySet()) {
            ZipEntry entry = zip.getEntry(expected.getKey());
            if (entry == null) {
                throw new BackupException("damaged archive: entry " + expected.getKey() + " is missing");
            }
            if (!sha256(zip, entry).equals(expected.getValue())) {
                throw new BackupException(
                        "damaged archive: entry " + expected.getKey() + " does not match its SHA-256");
            }
        }
    }

    /** The table's file, for reading once verified. */
    InputStream table(String table) {
        ZipEntry entry = zip.getEntry(TableWriter.entryName(table));
        try {
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw unreadable(entry, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(entry, e);
        }
    }

    private static String sha256(ZipFile zip, ZipEntry entry) {
        MessageDigest digest = ArchiveWriter.sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(entry, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static BackupException unreadable(ZipEntry entry, IOException e) {
        return new BackupException(
                "damaged archive: entry " + entry.getName() + " cannot be read (" + e.getMessage() + ")");
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only file
        }
    }
}
