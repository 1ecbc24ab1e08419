package org.salus.changes;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which engine the change log runs on: PostgreSQL gets notifications and transaction ids. */
enum Database {
    POSTGRESQL,
    OTHER;

    static Database of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? POSTGRESQL : OTHER;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to learn its kind", e);
        }
    }
}
