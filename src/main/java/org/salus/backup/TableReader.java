package org.salus.backup;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a table file written by {@link TableWriter}: the header (columns and their portable types,
 * primary key) at once, then the rows one at a time, so a table never has to fit in memory.
 */
final class TableReader implements AutoCloseable {

    private final String entry;
    private final JsonParser parser;
    private final Map<String, String> columnTypes = new LinkedHashMap<>();
    private final List<String> primaryKey = new ArrayList<>();

    TableReader(String table, InputStream in) {
        this.entry = TableWriter.entryName(table);
        try {
            parser = BackupJson.MAPPER.createParser(in);
            expect(parser.nextToken() == JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("rows")) {
                    expect(parser.currentToken() == JsonToken.START_ARRAY);
                    break;
                }
                JsonNode value = parser.readValueAsTree();
                if (name.equals("table")) {
                    expect(value.isString() && value.stringValue().equals(table));
                } else if (name.equals("columns")) {
                    for (JsonNode column : value) {
                        columnTypes.put(
                                column.required("name").asString(),
                                column.required("type").asString());
                    }
                } else if (name.equals("primaryKey")) {
                    value.forEach(key -> primaryKey.add(key.asString()));
                }
            }
            expect(parser.currentToken() == JsonToken.START_ARRAY && !columnTypes.isEmpty());
        } catch (JacksonException | IllegalArgumentException e) {
            throw malformed();
        }
    }

    /** Column names in the order the source database declared them, with their portable type labels. */
    Map<String, String> columnTypes() {
        return columnTypes;
    }

    List<String> primaryKey() {
        return primaryKey;
    }

    /** The next row, or null after the last. */
    ObjectNode next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return null;
            }
            expect(token == JsonToken.START_OBJECT);
            return parser.readValueAsTree();
        } catch (JacksonException e) {
            throw malformed();
        }
    }

    private void expect(boolean condition) {
        if (!condition) {
            throw malformed();
        }
    }

    private BackupException malformed() {
        return new BackupException("damaged archive: " + entry + " is not a table file this Salus can read");
    }

    @Override
    public void close() {
        parser.close();
    }
}
