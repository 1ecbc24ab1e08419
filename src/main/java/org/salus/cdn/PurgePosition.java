package org.salus.cdn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code <purge-file>.position}: how far the purge queue has followed the change log, so a node
 * that was down catches up from there at start (like the static edition's {@code edition.json}).
 * The position comes with the time its change was recorded ({@code stamp}), which tells this
 * database's log from another's.
 *
 * @param position  every change at or below it has its entry in the queue file
 * @param stamp     when the change at {@code position} was recorded ("" for position 0)
 * @param writtenAt when the position was stored
 */
record PurgePosition(long position, String stamp, String writtenAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The file beside the queue. */
    static Path fileOf(Path queue) {
        return queue.resolveSibling(queue.getFileName() + ".position");
    }

    /** The stored position, or empty when there is none or it cannot be read. */
    static Optional<PurgePosition> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file), PurgePosition.class));
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file atomically. Not synced: lost in a crash, the next start reads a little more again. */
    void write(Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temporary, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the CDN purge queue's position in " + file, e);
        }
    }
}
