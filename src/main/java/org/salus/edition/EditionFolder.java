package org.salus.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.salus.web.ContentCoding;

/**
 * The edition's folder on disk: {@code pages/} (what nginx serves), {@code gone/} (the 410 page of
 * each retired address) and {@code edition.json}. Every file is written to a temporary name in its
 * own folder and renamed over the old one (atomic), its {@code .gz} and {@code .br} siblings
 * first and with the page's modification time; a file whose bytes did not change is left alone,
 * so its modification time (nginx's {@code Last-Modified} and {@code ETag}) stays. One process
 * writes a folder at a time: it holds a lock on {@code .lock} while open.
 */
final class EditionFolder implements AutoCloseable {

    static final String PAGES = "pages";
    static final String GONE = "gone";
    private static final String TEMP = ".tmp";

    private final Path root;
    private final Path pages;
    private final Path gone;
    private final int brotliQuality;
    private final boolean brotli;
    private final FileChannel lockFile;
    private final FileLock lock;
    /** Addresses with a file in pages/ and in gone/, read once at open and kept current. */
    private final Set<String> pageAddresses = ConcurrentHashMap.newKeySet();

    private final Set<String> goneAddresses = ConcurrentHashMap.newKeySet();

    /**
     * Opens (creating) the folder and takes its lock.
     *
     * @throws IllegalStateException when another writer holds the folder
     */
    EditionFolder(Path root, int brotliQuality, boolean brotli) {
        this.root = root.toAbsolutePath();
        this.pages = this.root.resolve(PAGES);
        this.gone = this.root.resolve(GONE);
        this.brotliQuality = brotliQuality;
        this.brotli = brotli;
        try {
            Files.createDirectories(pages);
            Files.createDirectories(gone);
            lockFile =
                    FileChannel.open(this.root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = tryLock(lockFile);
            if (lock == null) {
                lockFile.close();
                throw new IllegalStateException("another process is writing the static edition in " + this.root);
            }
            scan(pages, pageAddresses);
            scan(gone, goneAddresses);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the static edition folder " + this.root, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this process already writes it
        }
    }

    Path root() {
        return root;
    }

    Set<String> pageAddresses() {
        return Set.copyOf(pageAddresses);
    }

    Set<String> goneAddresses() {
        return Set.copyOf(goneAddresses);
    }

    /** The page's current file, or null. */
    byte[] page(String address) {
        Path file = pages.resolve(Addresses.file(address));
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Makes {@code body} the page at {@code address} and removes its gone file.
     *
     * @return whether a file was written (false when it already held these bytes)
     */
    boolean writePage(String address, byte[] body) {
        boolean written = write(pages.resolve(Addresses.file(address)), body);
        pageAddresses.add(address);
        delete(gone, address, goneAddresses);
        return written;
    }

    /** Makes {@code body} the 410 page of {@code address}, then removes its page. */
    boolean writeGone(String address, byte[] body) {
        boolean written = write(gone.resolve(Addresses.file(address)), body);
        goneAddresses.add(address);
        return delete(pages, address, pageAddresses) || written;
    }

    /** Removes both files of an address the app no longer serves (a former slug, a retired term). */
    boolean remove(String address) {
        boolean page = delete(pages, address, pageAddresses);
        return delete(gone, address, goneAddresses) || page;
    }

    /** A file outside the page addresses (text-size stylesheets, edition.json), written the same way. */
    boolean writeOther(String relative, byte[] body, boolean compressed) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException(relative);
        }
        return compressed ? write(file, body) : replace(file, body);
    }

    private boolean write(Path file, byte[] body) {
        try {
            if (unchanged(file, body)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Path page = temp(file, body);
            FileTime modified = Files.getLastModifiedTime(page);
            Path gz = temp(sibling(file, ".gz"), gzip(body));
            Files.setLastModifiedTime(gz, modified);
            move(gz, sibling(file, ".gz"));
            if (brotli) {
                Path br = temp(sibling(file, ".br"), brotli(body));
                Files.setLastModifiedTime(br, modified);
                move(br, sibling(file, ".br"));
            }
            move(page, file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A file written atomically without siblings (edition.json). */
    private boolean replace(Path file, byte[] body) {
        try {
            Files.createDirectories(file.getParent());
            move(temp(file, body), file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private boolean unchanged(Path file, byte[] body) throws IOException {
        return Files.exists(file)
                && Files.exists(sibling(file, ".gz"))
                && (!brotli || Files.exists(sibling(file, ".br")))
                && Files.size(file) == body.length
                && Arrays.equals(Files.readAllBytes(file), body);
    }

    private static Path temp(Path file, byte[] body) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP);
        Files.write(temp, body, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return temp;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(from);
            throw e;
        }
    }

    private boolean delete(Path dir, String address, Set<String> known) {
        known.remove(address);
        Path file = dir.resolve(Addresses.file(address));
        try {
            boolean deleted = Files.deleteIfExists(file); // the page first: nginx then falls back to the app
            Files.deleteIfExists(sibling(file, ".gz"));
            Files.deleteIfExists(sibling(file, ".br"));
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private byte[] brotli(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (OutputStream encoder = ContentCoding.BROTLI.encoder(out, brotliQuality)) {
            encoder.write(body);
        }
        return out.toByteArray();
    }

    /** Reads the addresses present; removes temporary files an interrupted writer left. */
    private static void scan(Path dir, Set<String> addresses) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(TEMP)) {
                    Files.deleteIfExists(file);
                } else if (!name.endsWith(".gz") && !name.endsWith(".br") && !relative.startsWith("text-size/")) {
                    String address = Addresses.address(relative);
                    if (Addresses.isValid(address)) {
                        addresses.add(address);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // the lock ends with the process anyway
        }
    }
}
