package org.salus.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The few things a backup does differently on H2 and on PostgreSQL; everything else is standard
 * JDBC and SQL.
 */
enum Dialect {
    H2 {
        @Override
        String textOrder(String quotedColumn) {
            return quotedColumn; // H2 compares strings by code unit, like PostgreSQL's "C" collation
        }

        @Override
        void moveIdentityPast(Connection connection, Table table, Column column, long maxId) throws SQLException {
            // H2 does not advance an identity when rows bring their own ids.
            long next;
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT identity_base FROM information_schema.columns"
                            + " WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
                query.setString(1, connection.getSchema());
                query.setString(2, table.sqlName());
                query.setString(3, column.sqlName());
                try (ResultSet row = query.executeQuery()) {
                    next = row.next() ? row.getLong(1) : 1;
                }
            }
            if (maxId + 1 > next) {
                try (var statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE " + quote(table.sqlName()) + " ALTER COLUMN "
                            + quote(column.sqlName()) + " RESTART WITH " + (maxId + 1));
                }
            }
        }
    },

    POSTGRESQL {
        @Override
        String textOrder(String quotedColumn) {
            // Code-point order whatever the database's collation, so H2 and PostgreSQL write the same file.
            return quotedColumn + " COLLATE \"C\"";
        }

        @Override
        void moveIdentityPast(Connection connection, Table table, Column column, long maxId) throws SQLException {
            String sequence;
            try (PreparedStatement query = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
                query.setString(1, quote(connection.getSchema()) + "." + quote(table.sqlName()));
                query.setString(2, column.sqlName());
                try (ResultSet row = query.executeQuery()) {
                    sequence = row.next() ? row.getString(1) : null;
                }
            }
            if (sequence == null) {
                return;
            }
            long next;
            try (var statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT last_value, is_called FROM " + sequence)) {
                row.next();
                next = row.getBoolean(2) ? row.getLong(1) + 1 : row.getLong(1);
            }
            if (maxId + 1 > next) {
                try (PreparedStatement update =
                        connection.prepareStatement("SELECT setval(CAST(? AS regclass), ?, true)")) {
                    update.setString(1, sequence);
                    update.setLong(2, maxId);
                    update.executeQuery().close();
                }
            }
        }
    };

    /** An ORDER BY term for a text column that sorts the same way on every database. */
    abstract String textOrder(String quotedColumn);

    /**
     * Makes the next generated value of an identity column greater than {@code maxId}; never
     * moves it backwards (a merge may restore into a table whose counter is already further).
     */
    abstract void moveIdentityPast(Connection connection, Table table, Column column, long maxId) throws SQLException;

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.equalsIgnoreCase("H2")) {
            return H2;
        }
        if (product.equalsIgnoreCase("PostgreSQL")) {
            return POSTGRESQL;
        }
        throw new BackupException("backups support H2 and PostgreSQL, not " + product);
    }

    /** A quoted SQL identifier. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
