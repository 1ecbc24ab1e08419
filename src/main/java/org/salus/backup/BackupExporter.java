package org.salus.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.stereotype.Component;

/**
 * Writes the whole site to one zip: every application table as JSON (see {@link TableWriter}),
 * Markdown copies of the content ({@link ReadableCopies}) and a {@link Manifest} with row counts
 * and checksums. All tables are read in one read-only transaction, so on PostgreSQL the archive
 * is a consistent snapshot even while the site runs. The archive appears under its name only
 * when complete: it is written to {@code <file>.partial} and renamed at the end.
 */
@Component
public class BackupExporter {

    private final DataSource dataSource;
    private final Flyway flyway;
    private final Clock clock;

    public BackupExporter(DataSource dataSource, Flyway flyway, Clock clock) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.clock = clock;
    }

    /** What an export wrote. */
    public record Summary(int tables, long rows, int readableCopies, long bytes, String schemaVersion, Duration took) {}

    /**
     * Exports to {@code file}, which must not exist yet (a backup is never overwritten).
     *
     * @throws BackupException with a one-line reason; no file is left behind
     */
    public Summary export(Path file, PrintStream progress) {
        Instant start = clock.instant();
        if (Files.exists(file)) {
            throw new BackupException(file + " already exists; a backup never overwrites a file");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new BackupException("the folder " + folder + " does not exist");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Counts counts;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                    ArchiveWriter archive = new ArchiveWriter(out)) {
                counts = write(archive, progress);
            }
            Files.move(partial, file);
            return new Summary(
                    counts.rowCounts.size(),
                    counts.rowCounts.values().stream()
                            .mapToLong(Long::longValue)
                            .sum(),
                    counts.readableCopies,
                    Files.size(file),
                    counts.schemaVersion,
                    Duration.between(start, clock.instant()));
        } catch (FileAlreadyExistsException e) {
            throw new BackupException(file + " already exists; a backup never overwrites a file");
        } catch (IOException e) {
            throw new BackupException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("cannot read the database: " + BackupExceptionText.of(e), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort: the partial file is named as such
            }
        }
    }

    private record Counts(SortedMap<String, Long> rowCounts, int readableCopies, String schemaVersion) {}

    private Counts write(ArchiveWriter archive, PrintStream progress) throws SQLException, IOException {
        String schemaVersion = schemaVersion();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for all tables
            connection.setReadOnly(true);
            try {
                Dialect dialect = Dialect.of(connection);
                DatabaseSchema schema = DatabaseSchema.read(connection, excludedTables());
                String database = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
                progress.println("export: " + schema.tables().size() + " tables from " + database + ", schema version "
                        + schemaVersion);
                progress.printf("  %-28s %10s%n", "table", "rows");
                SortedMap<String, Long> rowCounts = new TreeMap<>();
                for (Table table : schema.tables()) {
                    long rows;
                    try (OutputStream out = archive.begin(TableWriter.entryName(table.name()))) {
                        rows = TableWriter.write(connection, dialect, table, out);
                    }
                    archive.end();
                    rowCounts.put(table.name(), rows);
                    progress.printf("  %-28s %,10d%n", table.name(), rows);
                }
                int copies = new ReadableCopies(connection, archive).write(schema);
                progress.printf("  %-28s %,10d%n", "(Markdown copies)", copies);
                Manifest manifest = new Manifest(
                        Manifest.FORMAT,
                        Manifest.FORMAT_VERSION,
                        schemaVersion,
                        clock.instant(),
                        database,
                        rowCounts,
                        archive.checksums());
                archive.finish(manifest.toJson(BackupJson.MAPPER));
                return new Counts(rowCounts, copies, schemaVersion);
            } finally {
                connection.rollback(); // nothing was written; ends the snapshot
            }
        }
    }

    private String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new BackupException("the database has no Flyway schema version; is it a Salus database?");
        }
        return current.getVersion().getVersion();
    }

    private ExcludedTables excludedTables() {
        return new ExcludedTables(flyway.getConfiguration().getTable());
    }
}
