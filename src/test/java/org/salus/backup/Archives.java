package org.salus.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Reading and tampering with backup archives in tests. */
final class Archives {

    private Archives() {}

    /** Every entry but the manifest, as text: the tables and the Markdown copies. */
    static Map<String, String> contents(Path archive) {
        Map<String, String> contents = new TreeMap<>();
        entries(archive).forEach((name, bytes) -> {
            if (!name.equals(Manifest.ENTRY)) {
                contents.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return contents;
    }

    static Manifest manifest(Path archive) {
        return Manifest.parse(entries(archive).get(Manifest.ENTRY), BackupJson.MAPPER);
    }

    static Map<String, byte[]> entries(Path archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * A copy of {@code archive} at {@code target} with its entries changed by {@code change}; when
     * {@code resign}, the manifest's checksums are recomputed, so only the change itself is wrong.
     */
    static Path rewrite(Path archive, Path target, Consumer<Map<String, byte[]>> change, boolean resign) {
        Map<String, byte[]> entries = entries(archive);
        change.accept(entries);
        if (resign && entries.containsKey(Manifest.ENTRY)) {
            Manifest old = Manifest.parse(entries.get(Manifest.ENTRY), BackupJson.MAPPER);
            TreeMap<String, String> sums = new TreeMap<>();
            entries.forEach((name, bytes) -> {
                if (!name.equals(Manifest.ENTRY)) {
                    sums.put(
                            name,
                            HexFormat.of().formatHex(ArchiveWriter.sha256().digest(bytes)));
                }
            });
            Manifest manifest = new Manifest(
                    old.format(),
                    old.formatVersion(),
                    old.schemaVersion(),
                    old.createdAt(),
                    old.database(),
                    old.rowCounts(),
                    sums);
            entries.put(Manifest.ENTRY, manifest.toJson(BackupJson.MAPPER));
        }
        write(target, entries);
        return target;
    }

    static void write(Path target, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
