package org.salus.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar salus.jar import backup <file.zip> [--merge]}: restores an archive written by
 * {@code export}. The command starts without the sample content, so the database Flyway has just
 * built stays empty for it; for an archive from an older Salus, {@link StagedMigration} has built
 * it at the archive's schema version.
 */
@Component
class BackupImporter implements Importer {

    static final String MERGE = "merge";

    private final BackupRestorer restorer;
    private final Flyway flyway;

    BackupImporter(BackupRestorer restorer, Flyway flyway) {
        this.restorer = restorer;
        this.flyway = flyway;
    }

    @Override
    public String format() {
        return "backup";
    }

    @Override
    public String description() {
        return "a Salus backup archive (from 'export') into an empty database; --merge adds only the rows it lacks";
    }

    /** A restore replaces the whole site: only from the command line, never by upload. */
    @Override
    public boolean acceptsUpload() {
        return false;
    }

    @Override
    public Set<String> switches() {
        return Set.of(MERGE);
    }

    @Override
    public ImportReport run(Path path, PrintStream out) {
        return run(path, ImportOptions.DEFAULTS, out);
    }

    @Override
    public ImportReport run(Path path, ImportOptions options, PrintStream out) {
        Set<String> switches = options.switches();
        try {
            BackupRestorer.Result result = restorer.restore(path, switches.contains(MERGE), out);
            List<String> notes =
                    new ArrayList<>(List.of(result.tables() + " tables at schema version " + result.schemaVersion()));
            MigrationInfo[] pending = flyway.info().pending();
            if (pending.length > 0) {
                notes.add("the archive is from an older Salus: the database stays at schema version "
                        + result.schemaVersion() + " until Salus next starts and upgrades it to "
                        + pending[pending.length - 1].getVersion());
            }
            return new ImportReport(Math.toIntExact(result.inserted()), 0, Math.toIntExact(result.identical()), notes);
        } catch (BackupException e) {
            throw new ImportFailedException(e.getMessage(), e);
        }
    }
}
