package org.salus.edition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code edition.json}: how far the edition has followed the change log. Like the search index's
 * commit data, the position comes with the time its change was recorded ({@code stamp}), which
 * tells this database's log from another's, and with the application build that rendered the
 * pages: a folder from another database, another version or without this file is written whole.
 *
 * @param position  every change at or below it is in the files
 * @param stamp     when the change at {@code position} was recorded ("" for position 0)
 * @param build     the application version that wrote the files
 * @param writtenAt when the position was stored
 */
record EditionState(long position, String stamp, String build, String writtenAt) {

    static final String FILE = "edition.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The stored state, or empty when there is none or it cannot be read. */
    static Optional<EditionState> read(Path root) {
        Path file = root.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file), EditionState.class));
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }

    byte[] json() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
    }
}
