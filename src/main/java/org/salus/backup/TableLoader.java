package org.salus.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inserts one table's rows from the archive. Values are decoded by the <em>target</em> column's
 * portable type, so the same archive loads into H2 and PostgreSQL. When the table already held
 * rows, each archive row is first looked up by primary key: an identical row is skipped, a
 * different one is a {@link RowConflict}; existing rows are never changed.
 */
final class TableLoader {

    private static final int BATCH = 500;

    private final Connection connection;
    private final Table table;
    private final List<Column> columns; // the archive's columns, as this database has them
    private final Set<String> deferred;

    /**
     * @param archiveColumns the columns the archive's file has
     * @param deferred       columns to insert as null and set by {@link #setDeferred}
     */
    TableLoader(Connection connection, Table table, Map<String, String> archiveColumns, Set<String> deferred) {
        this.connection = connection;
        this.table = table;
        this.deferred = deferred;
        this.columns = new ArrayList<>();
        for (String name : archiveColumns.keySet()) {
            columns.add(table.column(name)
                    .orElseThrow(() -> new BackupException("the archive's table " + table.name() + " has a column "
                            + name + " that this database does not have")));
        }
        for (String key : table.primaryKey()) {
            if (!archiveColumns.containsKey(key)) {
                throw new BackupException("the archive's table " + table.name() + " lacks its key column " + key);
            }
        }
    }

    /** What loading a table did. */
    record Loaded(long read, long inserted, long identical) {}

    /** Rows that differ from the archive under the same primary key. */
    static final class RowConflict extends BackupException {
        RowConflict(String table, String key, String column) {
            super(table + " " + key + " differs from the archive's row (column " + column + ")");
        }
    }

    /**
     * Inserts the rows of {@code rows}.
     *
     * @param lookUp whether the table held rows before (then each row is looked up first)
     */
    Loaded load(TableReader rows, boolean lookUp) throws SQLException {
        if (lookUp && !table.hasPrimaryKey()) {
            throw new BackupException("table " + table.name() + " has no primary key, so its rows cannot be matched;"
                    + " it must be empty in the database");
        }
        long read = 0;
        long inserted = 0;
        long identical = 0;
        try (PreparedStatement insert = connection.prepareStatement(insertSql());
                PreparedStatement find = lookUp ? connection.prepareStatement(findSql()) : null) {
            int pending = 0;
            for (ObjectNode row = rows.next(); row != null; row = rows.next()) {
                read++;
                Object[] values = decode(row);
                if (lookUp && exists(find, values)) {
                    identical++;
                    continue;
                }
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    bind(insert, i + 1, column, deferred.contains(column.name()) ? null : values[i]);
                }
                insert.addBatch();
                inserted++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return new Loaded(read, inserted, identical);
    }

    /** Sets the deferred columns of every row that has them (all rows are in by now). */
    void setDeferred(TableReader rows) throws SQLException {
        if (deferred.isEmpty()) {
            return;
        }
        if (!table.hasPrimaryKey()) {
            throw new BackupException("table " + table.name() + " has a foreign key in a cycle but no primary key");
        }
        List<Column> set =
                columns.stream().filter(c -> deferred.contains(c.name())).toList();
        List<Column> key = keyColumns();
        String sql = "UPDATE " + Dialect.quote(table.sqlName()) + " SET "
                + set.stream().map(c -> Dialect.quote(c.sqlName()) + " = ?").collect(Collectors.joining(", "))
                + " WHERE "
                + key.stream().map(c -> Dialect.quote(c.sqlName()) + " = ?").collect(Collectors.joining(" AND "));
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int pending = 0;
            for (ObjectNode row = rows.next(); row != null; row = rows.next()) {
                Object[] values = decode(row);
                if (set.stream().allMatch(c -> values[columns.indexOf(c)] == null)) {
                    continue;
                }
                int p = 1;
                for (Column column : set) {
                    bind(update, p++, column, values[columns.indexOf(column)]);
                }
                for (Column column : key) {
                    bind(update, p++, column, values[columns.indexOf(column)]);
                }
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    private Object[] decode(ObjectNode row) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            JsonNode node = row.get(column.name());
            if (node == null) {
                throw new BackupException(
                        "damaged archive: a row of " + table.name() + " lacks column " + column.name());
            }
            try {
                values[i] = node.isNull() ? null : column.type().decode(node);
            } catch (IllegalArgumentException e) {
                throw new BackupException("the archive's " + table.name() + "." + column.name() + " holds a value this"
                        + " database's column cannot take: " + e.getMessage());
            }
        }
        return values;
    }

    private boolean exists(PreparedStatement find, Object[] values) throws SQLException {
        List<Column> key = keyColumns();
        for (int i = 0; i < key.size(); i++) {
            bind(find, i + 1, key.get(i), values[columns.indexOf(key.get(i))]);
        }
        try (ResultSet found = find.executeQuery()) {
            if (!found.next()) {
                return false;
            }
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Object existing = column.type().read(found, i + 1);
                Object restored = values[i];
                boolean same = existing == null || restored == null
                        ? existing == restored
                        : column.type().same(existing, restored);
                if (!same) {
                    throw new RowConflict(table.name(), describeKey(key, values), column.name());
                }
            }
            return true;
        }
    }

    private String describeKey(List<Column> key, Object[] values) {
        return key.stream()
                .map(c -> c.name() + "=" + values[columns.indexOf(c)])
                .collect(Collectors.joining(", "));
    }

    private List<Column> keyColumns() {
        return table.primaryKey().stream()
                .map(k -> table.column(k).orElseThrow())
                .toList();
    }

    private String insertSql() {
        return "INSERT INTO " + Dialect.quote(table.sqlName()) + " ("
                + columns.stream().map(c -> Dialect.quote(c.sqlName())).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private String findSql() {
        return "SELECT " + columns.stream().map(c -> Dialect.quote(c.sqlName())).collect(Collectors.joining(", "))
                + " FROM " + Dialect.quote(table.sqlName()) + " WHERE "
                + keyColumns().stream()
                        .map(c -> Dialect.quote(c.sqlName()) + " = ?")
                        .collect(Collectors.joining(" AND "));
    }

    private static void bind(PreparedStatement statement, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, column.jdbcType());
        } else {
            column.type().bind(statement, index, value);
        }
    }
}
