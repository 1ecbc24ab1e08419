package org.salus.testsupport;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL server named by {@code PG_URL}, {@code PG_USER} and {@code PG_PASSWORD}, as
 * {@code .ci/run} provides. Test classes run on it with {@link PostgresTest}.
 */
public final class Postgres {

    private Postgres() {}

    /**
     * Connections of their own to the same database, as a second app node (another JVM) has: for
     * tests that one node sees what the other did.
     */
    public static DataSource otherNode() {
        return new DriverManagerDataSource(
                System.getenv("PG_URL"),
                System.getenv().getOrDefault("PG_USER", "salus"),
                System.getenv().getOrDefault("PG_PASSWORD", "salus"));
    }
}
