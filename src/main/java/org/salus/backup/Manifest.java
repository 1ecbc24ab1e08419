package org.salus.backup;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json}, the archive's table of contents: what wrote it, from which schema, how
 * many rows each table had, and the SHA-256 of every other entry, so a restore can prove the
 * archive is whole before it changes anything.
 *
 * @param schemaVersion the Flyway version of the database it was exported from ("19")
 * @param database      the source database product and version, for people
 * @param rowCounts     rows per table, by table name
 * @param checksums     lower-case hex SHA-256 per entry name (every entry but the manifest)
 */
record Manifest(
        String format,
        int formatVersion,
        String schemaVersion,
        Instant createdAt,
        String database,
        SortedMap<String, Long> rowCounts,
        SortedMap<String, String> checksums) {

    /** The format name that marks a Salus backup. */
    static final String FORMAT = "salus-backup";
    /** Raised when the layout of the archive changes in a way older readers cannot follow. */
    static final int FORMAT_VERSION = 1;

    static final String ENTRY = "manifest.json";

    Manifest {
        rowCounts = new TreeMap<>(rowCounts);
        checksums = new TreeMap<>(checksums);
    }

    byte[] toJson(JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("format", format);
        root.put("formatVersion", formatVersion);
        root.put("schemaVersion", schemaVersion);
        root.put("createdAt", createdAt.toString());
        root.put("database", database);
        ObjectNode counts = root.putObject("rowCounts");
        rowCounts.forEach(counts::put);
        ObjectNode sums = root.putObject("sha256");
        checksums.forEach(sums::put);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /**
     * Reads a manifest.
     *
     * @throws BackupException when it is not a Salus manifest this build can read
     */
    static Manifest parse(byte[] bytes, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new BackupException("not a Salus backup: manifest.json is not JSON");
        }
        if (root == null
                || !root.isObject()
                || !FORMAT.equals(root.path("format").asString(""))) {
            throw new BackupException("not a Salus backup: manifest.json does not say format \"" + FORMAT + "\"");
        }
        int version = root.path("formatVersion").asInt(0);
        if (version > FORMAT_VERSION) {
            throw new BackupException("the archive has backup format " + version + ", newer than this Salus reads ("
                    + FORMAT_VERSION + "); restore it with the Salus release that wrote it");
        }
        try {
            SortedMap<String, Long> counts = new TreeMap<>();
            for (Map.Entry<String, JsonNode> count : root.required("rowCounts").properties()) {
                counts.put(count.getKey(), count.getValue().asLong());
            }
            SortedMap<String, String> sums = new TreeMap<>();
            for (Map.Entry<String, JsonNode> sum : root.required("sha256").properties()) {
                sums.put(sum.getKey(), sum.getValue().asString());
            }
            return new Manifest(
                    FORMAT,
                    version,
                    root.required("schemaVersion").asString(),
                    Instant.parse(root.required("createdAt").asString()),
                    root.path("database").asString(""),
                    counts,
                    sums);
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
            throw new BackupException("damaged archive: manifest.json lacks a field or has a malformed one");
        }
    }
}
