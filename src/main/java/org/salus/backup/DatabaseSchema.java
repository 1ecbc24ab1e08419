package org.salus.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The application's tables as the database describes them (JDBC metadata of the connection's
 * current schema), minus the {@link ExcludedTables}. Reading the schema rather than naming tables
 * keeps backups complete as migrations add tables and columns.
 */
final class DatabaseSchema {

    private final Map<String, Table> tables;

    private DatabaseSchema(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** The tables in name order. */
    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    static DatabaseSchema read(Connection connection, ExcludedTables excluded) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rows = metadata.getTables(catalog, schema, "%", null)) {
            while (rows.next()) {
                String type = rows.getString("TABLE_TYPE");
                // "TABLE" on PostgreSQL, "BASE TABLE" on H2 2.x; never views, indexes or sequences
                if (("TABLE".equals(type) || "BASE TABLE".equals(type))
                        && !excluded.contains(rows.getString("TABLE_NAME"))) {
                    names.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        Map<String, Table> tables = new TreeMap<>();
        for (String sqlName : names) {
            Table table = new Table(
                    lower(sqlName),
                    sqlName,
                    columns(metadata, catalog, schema, sqlName),
                    primaryKey(metadata, catalog, schema, sqlName),
                    foreignKeys(metadata, catalog, schema, sqlName));
            tables.put(table.name(), table);
        }
        return new DatabaseSchema(tables);
    }

    private static List<Column> columns(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        // JDBC returns the columns in ORDINAL_POSITION order.
        try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                String name = rows.getString("COLUMN_NAME");
                String typeName = rows.getString("TYPE_NAME");
                int jdbcType = rows.getInt("DATA_TYPE");
                PortableType type = PortableType.of(jdbcType, typeName)
                        .orElseThrow(() -> new BackupException("column "
                                + lower(table) + "." + lower(name) + " has type " + typeName
                                + ", which backups cannot carry yet (teach org.salus.backup.PortableType)"));
                columns.add(new Column(
                        lower(name),
                        name,
                        type,
                        jdbcType,
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        "YES".equals(rows.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                bySequence.put(rows.getInt("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        // One row per column of each key, ordered by parent table and key sequence.
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME") + "/" + rows.getString("PKTABLE_NAME");
                parents.put(name, lower(rows.getString("PKTABLE_NAME")));
                columns.computeIfAbsent(name, n -> new TreeMap<>())
                        .put(rows.getInt("KEY_SEQ"), lower(rows.getString("FKCOLUMN_NAME")));
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        parents.forEach((name, parent) -> keys.add(new ForeignKey(
                lower(name.substring(0, name.lastIndexOf('/'))),
                List.copyOf(columns.get(name).values()),
                parent)));
        keys.sort(Comparator.comparing(ForeignKey::name));
        return keys;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
