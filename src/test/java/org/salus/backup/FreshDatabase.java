package org.salus.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own for a restore to go into, built by Flyway as the application builds its
 * own: a new in-memory H2 database, or a new schema in the PostgreSQL database that
 * {@code PG_URL} names (dropped again on {@link #close()}). {@code migrations} is a Flyway
 * location: the application's ({@link #APPLICATION}) or a test schema.
 */
final class FreshDatabase implements AutoCloseable {

    static final String APPLICATION = "classpath:db/migration";

    final String url;
    final DataSource dataSource;
    final Flyway flyway;
    final JdbcClient jdbc;
    private final Runnable dropper;

    private FreshDatabase(
            String url, String user, String password, String migrations, Consumer<Flyway> migration, Runnable dropper) {
        this.url = url;
        this.dataSource = new DriverManagerDataSource(url, user, password);
        this.flyway =
                Flyway.configure().dataSource(dataSource).locations(migrations).load();
        migration.accept(flyway);
        this.jdbc = JdbcClient.create(dataSource);
        this.dropper = dropper;
    }

    static FreshDatabase h2(String migrations) {
        return h2(migrations, Flyway::migrate);
    }

    /** A new H2 database that {@code migration} builds, as Spring Boot's migration strategy would. */
    static FreshDatabase h2(String migrations, Consumer<Flyway> migration) {
        String url = "jdbc:h2:mem:backup-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new FreshDatabase(url, "sa", "", migrations, migration, () -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                connection.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A new schema in the PostgreSQL database of {@code PG_URL}, so other tests' tables never mix in. */
    static FreshDatabase postgres(String migrations) {
        String schema =
                "backup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = System.getenv("PG_URL");
        String user = System.getenv().getOrDefault("PG_USER", "salus");
        String password = System.getenv().getOrDefault("PG_PASSWORD", "salus");
        execute(base, user, password, "CREATE SCHEMA " + schema);
        return new FreshDatabase(
                base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                user,
                password,
                migrations,
                Flyway::migrate,
                () -> execute(base, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    BackupExporter exporter() {
        return new BackupExporter(dataSource, flyway, Clock.systemUTC());
    }

    BackupRestorer restorer() {
        return new BackupRestorer(dataSource, flyway);
    }

    /** Restores {@code archive} (the console output is kept out of the test log). */
    BackupRestorer.Result restore(Path archive, boolean merge) {
        return restorer().restore(archive, merge, quiet());
    }

    /** Exports into {@code folder} under a new name and returns the archive. */
    Path export(Path folder) {
        Path file = folder.resolve("export-" + UUID.randomUUID() + ".zip");
        exporter().export(file, quiet());
        return file;
    }

    /** Every table's file and Markdown copy, by entry name: what "the same content" means. */
    Map<String, String> contents(Path folder) {
        return Archives.contents(export(folder));
    }

    /** Rows per table, read directly. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Table table : DatabaseSchema.read(
                            connection,
                            new ExcludedTables(flyway.getConfiguration().getTable()))
                    .tables()) {
                counts.put(
                        table.name(),
                        jdbc.sql("SELECT COUNT(*) FROM " + Dialect.quote(table.sqlName()))
                                .query(Long.class)
                                .single());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        dropper.run();
    }
}
