package org.salus.cdn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The purge queue on disk: one JSON line per change ({@code {"position":..,"keys":[..],"time":".."}}),
 * appended and synced before the publishing request returns, and beside it
 * {@code <file>.sent}, the byte offset up to which every entry has been POSTed (replaced atomically).
 * A crash loses neither: an entry is sent again at worst, and a purge is harmless twice.
 */
final class PurgeFile {

    /** One queued purge. */
    record Entry(long position, List<String> keys, String time) {}

    /** Entries not sent yet, and the offset to mark once they are. */
    record Pending(List<Entry> entries, long end) {}

    private static final Logger log = LoggerFactory.getLogger(PurgeFile.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Lines read per POST at most, so a long outage is sent in pieces. */
    static final int BATCH = 500;

    private final Path file;
    private final Path mark;

    PurgeFile(Path file) {
        this.file = file.toAbsolutePath();
        this.mark = this.file.resolveSibling(this.file.getFileName() + ".sent");
        try {
            Files.createDirectories(this.file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of salus.cdn.purge-file " + this.file, e);
        }
    }

    Path path() {
        return file;
    }

    /** Whether nothing was ever queued (no file, or an empty one). */
    boolean isEmpty() {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CDN purge queue " + file, e);
        }
    }

    /** Appends the entries and syncs them to disk. */
    synchronized void append(List<Entry> entries) {
        StringBuilder lines = new StringBuilder();
        for (Entry entry : entries) {
            lines.append(JSON.writeValueAsString(entry)).append('\n');
        }
        // Appended at the end by position: READ (to look at the last byte) cannot go with APPEND.
        try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            long end = channel.size();
            if (endsInsideALine(channel, end)) {
                lines.insert(0, '\n'); // a line cut short by a crash stays on its own, skipped when read
            }
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                end += channel.write(bytes, end);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the CDN purge queue " + file, e);
        }
    }

    private static boolean endsInsideALine(FileChannel channel, long size) throws IOException {
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) != '\n';
    }

    /** Complete lines after the sent mark, at most {@link #BATCH}. */
    synchronized Pending pending() {
        long from = sent();
        if (!Files.exists(file)) {
            return new Pending(List.of(), from);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (from >= size) {
                return new Pending(List.of(), from);
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size - from, 4L * 1024 * 1024));
            channel.read(buffer, from);
            return parse(buffer, from);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CDN purge queue " + file, e);
        }
    }

    private static Pending parse(ByteBuffer buffer, long from) {
        byte[] bytes = buffer.array();
        int length = buffer.position();
        List<Entry> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < length && entries.size() < BATCH; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                start = i + 1;
                if (!line.isBlank()) {
                    read(line, from).ifPresent(entries::add);
                }
            }
        }
        return new Pending(entries, from + start);
    }

    private static Optional<Entry> read(String line, long from) {
        try {
            return Optional.of(JSON.readValue(line, Entry.class));
        } catch (JacksonException e) {
            log.warn("Skipped an unreadable line of the CDN purge queue after offset {}: {}", from, e.getMessage());
            return Optional.empty();
        }
    }

    /** The offset up to which every entry was sent (0 when nothing was). */
    synchronized long sent() {
        try {
            return Files.exists(mark) ? Long.parseLong(Files.readString(mark).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            log.warn("Cannot read {} ({}); sending the CDN purge queue from its start", mark, e.toString());
            return 0;
        }
    }

    /** Records that every entry before {@code offset} was sent. */
    synchronized void markSent(long offset) {
        Path temporary = mark.resolveSibling(mark.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, Long.toString(offset) + "\n");
            try {
                Files.move(temporary, mark, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, mark, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record what was sent of the CDN purge queue in " + mark, e);
        }
    }
}
