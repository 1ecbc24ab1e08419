package org.salus.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.springframework.stereotype.Component;

/**
 * Restores a backup archive written by {@link BackupExporter}, in one transaction: either every
 * row is in, with the same ids, foreign keys satisfied and identity counters past the restored
 * ids, or nothing changed.
 * <p>
 * <b>Empty target.</b> By default the database must be empty, which means: it holds no row that
 * the archive does not hold identically. A database Flyway has just built is empty in that sense
 * although its migrations inserted reference rows (the code systems), because the source got the
 * same rows from the same migrations.
 * <p>
 * <b>Merge.</b> With {@code merge}, the restore only ever adds: an archive row whose primary key
 * is absent is inserted, an identical row is skipped, and a row whose key exists with any other
 * value stops the whole restore (nothing changed). Rows the database has and the archive lacks
 * are left alone. So a merge can finish a restore into a database that already holds part of the
 * same site, or bring in rows added since, but it never overwrites, deletes or renumbers anything.
 * Other unique keys (a slug taken by a different id) stop it too, through the database's own
 * constraints.
 */
@Component
public class BackupRestorer {

    private final DataSource dataSource;
    private final Flyway flyway;

    public BackupRestorer(DataSource dataSource, Flyway flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    /** What a restore did: rows inserted and rows that were already there, identical. */
    public record Result(int tables, long inserted, long identical, String schemaVersion) {}

    /**
     * Restores {@code file}.
     *
     * @throws BackupException with a one-line reason; the database is then unchanged
     */
    public Result restore(Path file, boolean merge, PrintStream progress) {
        long start = System.nanoTime();
        try (BackupArchive archive = BackupArchive.open(file)) {
            Manifest manifest = archive.manifest();
            String version = requireSameSchema(manifest);
            progress.println(
                    "restore: archive of " + manifest.createdAt() + " from " + manifest.database() + ", schema version "
                            + version + ", " + manifest.rowCounts().size() + " tables" + (merge ? " (merge)" : ""));
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    Result result = restore(connection, archive, merge, progress);
                    connection.commit();
                    progress.printf(
                            "restore: %,d rows in, %,d already there, in %.1f s (archive checked and restored)%n",
                            result.inserted(), result.identical(), (System.nanoTime() - start) / 1e9);
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new BackupException(BackupExceptionText.of(e), e);
            }
        }
    }

    private Result restore(Connection connection, BackupArchive archive, boolean merge, PrintStream progress)
            throws SQLException {
        Manifest manifest = archive.manifest();
        Dialect dialect = Dialect.of(connection);
        DatabaseSchema schema = DatabaseSchema.read(
                connection, new ExcludedTables(flyway.getConfiguration().getTable()));
        Map<String, Long> before = new HashMap<>();
        for (Table table : schema.tables()) {
            long rows = count(connection, table);
            before.put(table.name(), rows);
            if (!merge && rows > manifest.rowCounts().getOrDefault(table.name(), 0L)) {
                throw notEmpty(table.name());
            }
        }
        List<Table> restored = manifest.rowCounts().keySet().stream()
                .map(name -> schema.table(name)
                        .orElseThrow(() -> new BackupException(
                                "the archive has a table " + name + " that this database does not have")))
                .toList();
        RestoreOrder order = RestoreOrder.of(restored);
        long inserted = 0;
        long identical = 0;
        progress.printf("  %-28s %10s%n", "table", "rows");
        for (Table table : order.tables()) {
            TableLoader.Loaded loaded;
            try (TableReader rows = new TableReader(table.name(), archive.table(table.name()))) {
                TableLoader loader =
                        new TableLoader(connection, table, rows.columnTypes(), order.deferredColumns(table));
                loaded = loader.load(rows, before.get(table.name()) > 0);
            } catch (TableLoader.RowConflict conflict) {
                throw merge
                        ? new BackupException("--merge never changes a row, and " + conflict.getMessage())
                        : notEmpty(table.name());
            } catch (SQLException e) {
                throw new BackupException("table " + table.name() + ": " + BackupExceptionText.of(e), e);
            }
            if (loaded.read() != manifest.rowCounts().get(table.name())) {
                throw new BackupException("damaged archive: " + table.name() + " has " + loaded.read()
                        + " rows, the manifest says " + manifest.rowCounts().get(table.name()));
            }
            if (!merge && before.get(table.name()) > loaded.identical()) {
                throw notEmpty(table.name());
            }
            inserted += loaded.inserted();
            identical += loaded.identical();
            progress.printf(
                    "  %-28s %,10d%s%n",
                    table.name(),
                    loaded.inserted(),
                    loaded.identical() > 0 ? String.format(" (%,d already there)", loaded.identical()) : "");
        }
        for (Table table : order.tables()) {
            if (!order.deferredColumns(table).isEmpty()) {
                try (TableReader rows = new TableReader(table.name(), archive.table(table.name()))) {
                    new TableLoader(connection, table, rows.columnTypes(), order.deferredColumns(table))
                            .setDeferred(rows);
                } catch (SQLException e) {
                    throw new BackupException("table " + table.name() + ": " + BackupExceptionText.of(e), e);
                }
            }
        }
        for (Table table : order.tables()) {
            for (Column column : table.columns()) {
                if (column.identity()) {
                    moveIdentity(connection, dialect, table, column);
                }
            }
        }
        if (inserted > 0 && hasChangeLog(connection)) {
            // Every running node drops its caches and rebuilds its search index.
            ChangeLog.append(connection, Change.of(Change.Kind.RESTORED).everything());
        }
        return new Result(order.tables().size(), inserted, identical, manifest.schemaVersion());
    }

    /** An archive older than the change log is restored into a schema without one. */
    private static boolean hasChangeLog(Connection connection) throws SQLException {
        for (String name : List.of(ExcludedTables.CHANGE_LOG, ExcludedTables.CHANGE_LOG.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables =
                    connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The archive's schema version, when it is this database's: rows go back only into the schema
     * they came from (for an older archive, {@link StagedMigration} builds a new database at its
     * version).
     */
    private String requireSameSchema(Manifest manifest) {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new BackupException("the database has no Flyway schema version, so it is not a Salus database");
        }
        MigrationVersion here = current.getVersion();
        MigrationVersion archived;
        try {
            archived = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new BackupException(
                    "not a Salus backup: schema version \"" + manifest.schemaVersion() + "\" is not a version");
        }
        if (archived.isNewerThan(here)) {
            throw new BackupException("the archive comes from a newer Salus (schema version " + archived
                    + ", this database is at " + here + "); restore it with that release or a later one");
        }
        if (here.isNewerThan(archived)) {
            throw new BackupException("the archive has schema version " + archived + " and this database " + here
                    + "; a backup goes back only into the schema it came from: restore it into a new database, which"
                    + " the restore builds at version " + archived + " and Salus upgrades when it next starts");
        }
        return here.getVersion();
    }

    private static BackupException notEmpty(String table) {
        return new BackupException(
                "the database is not empty (table " + table + " has rows that are not in the archive);"
                        + " restore into a new database, or add --merge to add only the missing rows");
    }

    private static long count(Connection connection, Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + Dialect.quote(table.sqlName()))) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void moveIdentity(Connection connection, Dialect dialect, Table table, Column column)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT MAX(" + Dialect.quote(column.sqlName()) + ") FROM " + Dialect.quote(table.sqlName()))) {
            row.next();
            long max = row.getLong(1);
            if (!row.wasNull()) {
                dialect.moveIdentityPast(connection, table, column, max);
            }
        }
    }
}
