package org.salus.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip entry by entry, taking the SHA-256 of each entry's bytes as they pass, so the
 * manifest that closes the archive can list them without a second read.
 */
final class ArchiveWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final SortedMap<String, String> checksums = new TreeMap<>();
    private String current;
    private MessageDigest digest;

    ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /**
     * Starts an entry. Write its bytes to the returned stream (closing it is allowed and does not
     * close the archive), then call {@link #end()}.
     */
    OutputStream begin(String name) throws IOException {
        if (current != null) {
            throw new IllegalStateException("entry " + current + " is still open");
        }
        current = name;
        digest = sha256();
        zip.putNextEntry(new ZipEntry(name));
        return new DigestOutputStream(
                new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the entry ends in end(), the archive in close()
                    }
                },
                digest);
    }

    void end() throws IOException {
        zip.closeEntry();
        checksums.put(current, HexFormat.of().formatHex(digest.digest()));
        current = null;
    }

    /** SHA-256 of every entry written so far. */
    SortedMap<String, String> checksums() {
        return new TreeMap<>(checksums);
    }

    /** Writes the manifest as the last entry. */
    void finish(byte[] manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(manifest);
        zip.closeEntry();
        zip.finish();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
