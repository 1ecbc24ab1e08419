package org.salus.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Lets {@code import backup FILE} restore an archive written by an older Salus exactly. Rows are
 * only ever restored into the schema they were exported from, so for such an archive Flyway
 * builds the new database up to the archive's version instead of the latest; the restore fills
 * it; and the next start of Salus migrates it the rest of the way, as it would have migrated the
 * original database: data migrations run on the restored rows. Every other start migrates as
 * usual.
 * <p>
 * A database already past the archive's version is migrated as usual too; the restore then
 * refuses the archive (it cannot go back). So does a version this build has no migration for.
 */
@Component
class StagedMigration implements FlywayMigrationStrategy {

    private final ApplicationArguments args;

    StagedMigration(ApplicationArguments args) {
        this.args = args;
    }

    @Override
    public void migrate(Flyway flyway) {
        Optional<MigrationVersion> stop = stopAt(flyway);
        if (stop.isPresent()) {
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .target(stop.get())
                    .load()
                    .migrate();
        } else {
            flyway.migrate();
        }
    }

    /** The archive's schema version, when this start restores an older archive into a database not past it. */
    Optional<MigrationVersion> stopAt(Flyway flyway) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 3 || !words.get(0).equals("import") || !words.get(1).equals("backup")) {
            return Optional.empty();
        }
        Optional<MigrationVersion> archived =
                BackupArchive.peekSchemaVersion(Path.of(words.get(2))).flatMap(StagedMigration::version);
        if (archived.isEmpty()) {
            return Optional.empty(); // the restore explains what is wrong with the file
        }
        MigrationInfoService info = flyway.info();
        List<MigrationVersion> known = Arrays.stream(info.all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .toList();
        MigrationVersion current =
                info.current() == null ? null : info.current().getVersion();
        boolean older = known.stream().anyMatch(v -> v.isNewerThan(archived.get()));
        boolean ours = known.contains(archived.get());
        boolean reachable = current == null || !current.isNewerThan(archived.get());
        return older && ours && reachable ? archived : Optional.empty();
    }

    private static Optional<MigrationVersion> version(String text) {
        try {
            return Optional.of(MigrationVersion.fromVersion(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
