package org.salus.backup;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;

/**
 * Writes one table as {@code tables/<name>.json}: its columns with their portable types, its
 * primary key, and its rows in primary-key order, one JSON object per line (diff-friendly, and
 * {@code grep} finds a row). Rows stream from the database to the archive, so a table never has
 * to fit in memory.
 * <pre>
 * {"table":"user_role","columns":[
 * {"name":"user_id","type":"bigint"},
 * {"name":"role","type":"text"}
 * ],"primaryKey":[
 * "user_id",
 * "role"
 * ],"rows":[
 * {"user_id":1,"role":"admin"},
 * {"user_id":2,"role":"writer"}
 * ]}
 * </pre>
 */
final class TableWriter {

    static final String FOLDER = "tables/";
    private static final int FETCH_SIZE = 500;

    private TableWriter() {}

    /** Puts each element of an array on a line of its own; rows hold no arrays, so a row is one line. */
    private static final class OneValuePerLine extends MinimalPrettyPrinter {

        @Override
        public void beforeArrayValues(JsonGenerator json) {
            json.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) {
            json.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator json, int values) {
            json.writeRaw(values > 0 ? "\n]" : "]");
        }
    }

    static String entryName(String table) {
        return FOLDER + table + ".json";
    }

    /** Writes the table to {@code out} and returns how many rows it has. */
    static long write(Connection connection, Dialect dialect, Table table, OutputStream out) throws SQLException {
        List<Column> columns = table.columns();
        try (JsonGenerator json =
                        BackupJson.MAPPER.writer().with(new OneValuePerLine()).createGenerator(out);
                Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE); // PostgreSQL streams instead of loading the table
            json.writeStartObject();
            json.writeStringProperty("table", table.name());
            json.writeName("columns");
            json.writeStartArray();
            for (Column column : columns) {
                json.writeStartObject();
                json.writeStringProperty("name", column.name());
                json.writeStringProperty("type", column.type().label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("primaryKey");
            json.writeStartArray();
            for (String key : table.primaryKey()) {
                json.writeString(key);
            }
            json.writeEndArray();
            json.writeName("rows");
            json.writeStartArray();
            long count = 0;
            try (ResultSet rows = statement.executeQuery(select(dialect, table))) {
                while (rows.next()) {
                    json.writeStartObject();
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = columns.get(i);
                        json.writeName(column.name());
                        Object value = column.type().read(rows, i + 1);
                        if (value == null) {
                            json.writeNull();
                        } else {
                            column.type().write(json, value);
                        }
                    }
                    json.writeEndObject();
                    count++;
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            return count;
        }
    }

    /** All columns, in primary-key order (by every orderable column when the table has no key). */
    static String select(Dialect dialect, Table table) {
        List<Column> order = table.hasPrimaryKey()
                ? table.primaryKey().stream()
                        .map(k -> table.column(k).orElseThrow())
                        .toList()
                : table.columns().stream()
                        .filter(c -> c.type() != PortableType.BINARY)
                        .toList();
        String orderBy = order.stream()
                .map(c -> c.type() == PortableType.TEXT
                        ? dialect.textOrder(Dialect.quote(c.sqlName()))
                        : Dialect.quote(c.sqlName()))
                .collect(Collectors.joining(", "));
        return "SELECT "
                + table.columns().stream().map(c -> Dialect.quote(c.sqlName())).collect(Collectors.joining(", "))
                + " FROM " + Dialect.quote(table.sqlName()) + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy);
    }
}
