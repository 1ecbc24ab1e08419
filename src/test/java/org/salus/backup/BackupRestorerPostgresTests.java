package org.salus.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Backups cross databases: a whole site exported from H2 restores on PostgreSQL and exports from
 * there exactly as it did from H2, and back again; so does every kind of value of the test schema.
 * Runs when {@code PG_URL} names a PostgreSQL database (each restore gets a schema of its own).
 */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@OwnContext("backup-postgres")
@Import({People.class, WholeSite.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestorerPostgresTests {

    @TempDir
    static Path folder;

    @Autowired
    BackupExporter exporter;

    @Autowired
    WholeSite site;

    Path fromH2;

    @BeforeAll
    void exportTheWholeSiteFromH2() {
        site.fill();
        fromH2 = folder.resolve("from-h2.zip");
        exporter.export(fromH2, FreshDatabase.quiet());
    }

    @Test
    void aSiteGoesFromH2ToPostgresqlAndBackUnchanged() {
        try (FreshDatabase postgres = FreshDatabase.postgres(FreshDatabase.APPLICATION)) {
            postgres.restore(fromH2, false);
            Path fromPostgres = postgres.export(folder);

            assertThat(Archives.manifest(fromPostgres).database()).startsWith("PostgreSQL");
            assertThat(Archives.contents(fromPostgres)).isEqualTo(Archives.contents(fromH2));
            assertThat(Archives.manifest(fromPostgres).rowCounts())
                    .isEqualTo(Archives.manifest(fromH2).rowCounts());

            try (FreshDatabase h2 = FreshDatabase.h2(FreshDatabase.APPLICATION)) {
                h2.restore(fromPostgres, false);

                assertThat(h2.contents(folder)).isEqualTo(Archives.contents(fromH2));
            }
        }
    }

    @Test
    void sequencesContinuePastTheRestoredIds() {
        try (FreshDatabase postgres = FreshDatabase.postgres(FreshDatabase.APPLICATION)) {
            postgres.restore(fromH2, false);
            long maxAudit = postgres.jdbc
                    .sql("SELECT MAX(id) FROM audit_entry")
                    .query(Long.class)
                    .single();

            postgres.jdbc
                    .sql(
                            "INSERT INTO audit_entry (occurred_at, actor, action) VALUES (CURRENT_TIMESTAMP, 'later', 'test')")
                    .update();

            assertThat(postgres.jdbc
                            .sql("SELECT id FROM audit_entry WHERE actor = 'later'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(maxAudit + 1);
        }
    }

    @Test
    void mergingTheSameArchiveOnPostgresqlAddsNothing() {
        try (FreshDatabase postgres = FreshDatabase.postgres(FreshDatabase.APPLICATION)) {
            postgres.restore(fromH2, false);

            assertThat(postgres.restore(fromH2, true).inserted()).isZero();
            assertThat(postgres.contents(folder)).isEqualTo(Archives.contents(fromH2));
        }
    }

    @Test
    void everyKindOfValueCrossesBothWays() {
        try (FreshDatabase h2 = FreshDatabase.h2(ScratchSite.MIGRATIONS);
                FreshDatabase postgres = FreshDatabase.postgres(ScratchSite.MIGRATIONS)) {
            ScratchSite.fill(h2.jdbc);
            Path archive = h2.export(folder);

            postgres.restore(archive, false);

            assertThat(postgres.contents(folder)).isEqualTo(Archives.contents(archive));
            assertThat(postgres.jdbc
                            .sql("SELECT payload FROM kinds WHERE id = 1")
                            .query(byte[].class)
                            .single())
                    .isEqualTo(ScratchSite.EVERY_BYTE);
            postgres.jdbc.sql("INSERT INTO owner (name) VALUES ('Cat')").update();
            assertThat(postgres.jdbc
                            .sql("SELECT id FROM owner WHERE name = 'Cat'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3L);
        }
    }
}
