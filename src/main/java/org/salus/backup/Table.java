package org.salus.backup;

import java.util.List;
import java.util.Optional;

/**
 * An application table: its columns in declaration order, primary key and foreign keys.
 *
 * @param name        lower-case, as in the archive
 * @param sqlName     the name as the database spells it, for SQL (quoted)
 * @param primaryKey  the key columns in key order; empty when the table has none
 */
record Table(String name, String sqlName, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {

    Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }
}
