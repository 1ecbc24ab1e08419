package org.salus.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * An archive from an older Salus (here: schema version 11, before revision publications were
 * recorded in V12) restores into a database built at its version, and the next start's migrations
 * bring the restored rows up to date, data migrations included.
 */
class StagedMigrationTests {

    static final LocalDateTime PUBLISHED = LocalDateTime.of(2025, 6, 1, 10, 0);

    @TempDir
    Path folder;

    Path oldArchive;

    @BeforeEach
    void exportASiteAtSchemaVersion11() {
        try (FreshDatabase old = FreshDatabase.h2(
                FreshDatabase.APPLICATION,
                flyway -> Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .target("11")
                        .load()
                        .migrate())) {
            old.jdbc
                    .sql(
                            "INSERT INTO article (id, slug, language, content_type, created_at) VALUES (1, 'gout', 'en', 'condition', :at)")
                    .param("at", PUBLISHED)
                    .update();
            old.jdbc.sql("""
                    INSERT INTO revision (id, article_id, revision_number, title, summary, author, change_note, change_kind,
                        content_hash, created_at)
                    VALUES (1, 1, 1, 'Gout', 'Painful joints.', 'someone', 'First.', 'clinical', 'hash', :at)""").param("at", PUBLISHED).update();
            old.jdbc
                    .sql("UPDATE article SET published_revision_id = 1, published_at = :at WHERE id = 1")
                    .param("at", PUBLISHED)
                    .update();
            oldArchive = old.export(folder);
        }
        assertThat(Archives.manifest(oldArchive).schemaVersion()).isEqualTo("11");
    }

    @Test
    void aNewDatabaseIsBuiltAtTheArchivesVersionRestoredAndUpgradedOnTheNextStart() {
        StagedMigration staged = restoring(oldArchive);

        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION, staged::migrate)) {
            assertThat(target.flyway.info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("11"));
            target.restore(oldArchive, false);

            target.flyway.migrate(); // what the next start does

            assertThat(target.jdbc
                            .sql("SELECT revision_id FROM revision_publication")
                            .query(Long.class)
                            .list())
                    .containsExactly(1L);
            assertThat(target.jdbc
                            .sql("SELECT r.title FROM article a JOIN revision r ON r.id = a.published_revision_id")
                            .query(String.class)
                            .single())
                    .isEqualTo("Gout");
        }
    }

    @Test
    void aDatabaseAlreadyPastTheArchiveIsMigratedAsUsualAndTheRestoreRefuses() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            assertThat(restoring(oldArchive).stopAt(target.flyway)).isEmpty();

            assertThatThrownBy(() -> target.restore(oldArchive, false))
                    .isInstanceOf(BackupException.class)
                    .hasMessageMatching("the archive has schema version 11 and this database \\d+; .*");
        }
    }

    @Test
    void everyOtherStartMigratesToTheLatestVersion() {
        try (FreshDatabase target = FreshDatabase.h2(FreshDatabase.APPLICATION, flyway -> {});
                FreshDatabase latest = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
            Path current = latest.export(folder);
            Path unknown = Archives.rewrite(
                    oldArchive,
                    folder.resolve("unknown.zip"),
                    entries -> entries.put(
                            Manifest.ENTRY,
                            Archives.bytes(
                                    Archives.text(entries.get(Manifest.ENTRY)).replace("\"11\"", "\"11.5\""))),
                    false);

            assertThat(new StagedMigration(new DefaultApplicationArguments("--server.port=8080")).stopAt(target.flyway))
                    .isEmpty();
            assertThat(new StagedMigration(new DefaultApplicationArguments("import", "content", oldArchive.toString()))
                            .stopAt(target.flyway))
                    .isEmpty();
            assertThat(restoring(current).stopAt(target.flyway)).isEmpty();
            assertThat(restoring(unknown).stopAt(target.flyway))
                    .as("no migration has that version")
                    .isEmpty();
            assertThat(restoring(folder.resolve("missing.zip")).stopAt(target.flyway))
                    .isEmpty();
            assertThat(restoring(oldArchive).stopAt(target.flyway)).contains(MigrationVersion.fromVersion("11"));
        }
    }

    private static StagedMigration restoring(Path archive) {
        return new StagedMigration(
                new DefaultApplicationArguments("--salus.data-dir=x", "import", "backup", archive.toString()));
    }
}
