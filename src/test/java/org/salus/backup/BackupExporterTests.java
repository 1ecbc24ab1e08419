package org.salus.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Export and restore of a schema the backup knows nothing about ({@code backup/scratch}): every
 * kind of value comes back exactly, cycles and self-references are filled, rows are in key order,
 * and what cannot be carried is refused by name.
 */
class BackupExporterTests {

    @TempDir
    Path folder;

    FreshDatabase source;

    @BeforeEach
    void fillSource() {
        source = FreshDatabase.h2(ScratchSite.MIGRATIONS);
        ScratchSite.fill(source.jdbc);
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void everyKindOfValueComesBackExactly() {
        Path archive = source.export(folder);

        try (FreshDatabase target = FreshDatabase.h2(ScratchSite.MIGRATIONS)) {
            target.restore(archive, false);

            Map<String, Object> row =
                    target.jdbc.sql("SELECT * FROM kinds WHERE id = 1").query().singleRow();
            assertThat(((Number) row.get("small_number")).intValue()).isEqualTo(-32768);
            assertThat(row.get("whole")).isEqualTo(2147483647);
            assertThat(row.get("big")).isEqualTo(-9223372036854775807L);
            assertThat((BigDecimal) row.get("exact")).isEqualByComparingTo(ScratchSite.EXACT);
            assertThat(row.get("approx")).isEqualTo(0.1);
            assertThat(row.get("flag")).isEqualTo(true);
            assertThat(row.get("long_text")).isEqualTo(ScratchSite.TEXT);
            assertThat(row.get("fixed")).isEqualTo("abc");
            assertThat(row.get("payload")).isEqualTo(ScratchSite.EVERY_BYTE);
            assertThat(row.get("token")).isEqualTo(ScratchSite.TOKEN);
            assertThat(target.jdbc
                            .sql("SELECT birthday, alarm, moment, instant FROM kinds WHERE id = 1")
                            .query((rs, n) -> List.of(
                                    rs.getObject(1, LocalDate.class),
                                    rs.getObject(2, LocalTime.class),
                                    rs.getObject(3, LocalDateTime.class),
                                    rs.getObject(4, OffsetDateTime.class).toInstant()))
                            .single())
                    .containsExactly(
                            LocalDate.of(1999, 12, 31),
                            LocalTime.of(23, 59, 59),
                            ScratchSite.MOMENT,
                            ScratchSite.INSTANT.toInstant());
            assertThat(target.jdbc
                            .sql("SELECT approx FROM kinds WHERE id = 3")
                            .query(Double.class)
                            .single())
                    .isEqualTo(1.0E-300);
            assertThat(target.jdbc
                            .sql("SELECT COUNT(*) FROM kinds WHERE id = 2")
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(target.jdbc
                            .sql("SELECT label FROM kinds WHERE id = 3")
                            .query(String.class)
                            .optional())
                    .isEmpty();

            assertThat(target.contents(folder)).isEqualTo(Archives.contents(archive));
        }
    }

    @Test
    void selfReferencesAndCyclesAreFilledWhateverTheKeyOrder() {
        Path archive = source.export(folder);

        try (FreshDatabase target = FreshDatabase.h2(ScratchSite.MIGRATIONS)) {
            target.restore(archive, false);

            assertThat(target.jdbc
                            .sql("SELECT id, parent_id FROM node ORDER BY id")
                            .query()
                            .listOfRows())
                    .extracting(r -> r.get("parent_id"))
                    .containsExactly(2, 3, null);
            assertThat(target.jdbc
                            .sql("SELECT favourite_pet_id FROM owner ORDER BY id")
                            .query()
                            .listOfRows())
                    .extracting(r -> r.get("favourite_pet_id"))
                    .containsExactly(3L, null);
            assertThat(target.jdbc
                            .sql("SELECT owner_id FROM pet ORDER BY id")
                            .query(Long.class)
                            .list())
                    .containsExactly(1L, 2L, 1L);
        }
    }

    @Test
    void generatedIdsContinuePastTheRestoredOnes() {
        Path archive = source.export(folder);

        try (FreshDatabase target = FreshDatabase.h2(ScratchSite.MIGRATIONS)) {
            target.restore(archive, false);
            target.jdbc.sql("INSERT INTO kinds (label) VALUES ('new')").update();
            target.jdbc.sql("INSERT INTO owner (name) VALUES ('Cat')").update();

            assertThat(target.jdbc
                            .sql("SELECT id FROM kinds WHERE label = 'new'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(4L);
            assertThat(target.jdbc
                            .sql("SELECT id FROM owner WHERE name = 'Cat'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(3L);
        }
    }

    @Test
    void tableFilesListColumnsWithPortableTypesAndRowsInKeyOrder() {
        Path archive = source.export(folder);
        Map<String, String> contents = Archives.contents(archive);

        JsonNode kinds = BackupJson.MAPPER.readTree(contents.get("tables/kinds.json"));
        assertThat(kinds.get("primaryKey").toString()).isEqualTo("[\"id\"]");
        assertThat(kinds.get("columns")
                        .valueStream()
                        .map(c -> c.get("name").asString() + ":" + c.get("type").asString()))
                .containsExactly(
                        "id:bigint",
                        "small_number:integer",
                        "whole:integer",
                        "big:bigint",
                        "exact:decimal",
                        "approx:double",
                        "flag:boolean",
                        "label:text",
                        "long_text:text",
                        "fixed:text",
                        "birthday:date",
                        "alarm:time",
                        "moment:timestamp",
                        "instant:timestamptz",
                        "payload:binary",
                        "token:uuid");
        JsonNode first = kinds.get("rows").get(0);
        assertThat(first.get("exact").asString()).isEqualTo("-1234567890.0105");
        assertThat(first.get("moment").asString()).isEqualTo("2026-03-29T02:30:00.123456");
        assertThat(first.get("instant").asString()).isEqualTo("2026-03-28T20:00:00.25Z");
        assertThat(first.get("alarm").asString()).isEqualTo("23:59:59");
        assertThat(first.get("payload").asString()).startsWith("AAECAwQF");
        assertThat(first.get("token").asString()).isEqualTo(ScratchSite.TOKEN.toString());

        // Text keys in code-point order, the same on every database; one row per line.
        assertThat(BackupJson.MAPPER
                        .readTree(contents.get("tables/word.json"))
                        .get("rows")
                        .valueStream()
                        .map(r -> r.get("word").asString()))
                .containsExactly("Banana", "Zebra", "apple", "ápple", "éclair");
        assertThat(contents.get("tables/a_word_use.json")
                        .lines()
                        .filter(l -> l.startsWith("{\"word\""))
                        .map(l -> l.replaceAll(",$", "")))
                .containsExactly(
                        "{\"word\":\"Zebra\",\"ordinal\":1,\"example\":\"A zebra\"}",
                        "{\"word\":\"apple\",\"ordinal\":1,\"example\":\"An apple\"}",
                        "{\"word\":\"apple\",\"ordinal\":2,\"example\":\"Apple pie\"}");
    }

    @Test
    void theManifestCountsRowsAndChecksumsEveryEntry() {
        Path archive = source.export(folder);
        Manifest manifest = Archives.manifest(archive);

        assertThat(manifest.format()).isEqualTo("salus-backup");
        assertThat(manifest.schemaVersion()).isEqualTo("1");
        assertThat(manifest.rowCounts())
                .containsEntry("kinds", 2L)
                .containsEntry("node", 3L)
                .containsEntry("colour", 3L)
                .containsEntry("note_without_key", 3L)
                .doesNotContainKey("flyway_schema_history");
        assertThat(manifest.checksums().keySet())
                .isEqualTo(Archives.contents(archive).keySet());
        Archives.contents(archive)
                .forEach((name, text) -> assertThat(manifest.checksums().get(name))
                        .isEqualTo(java.util.HexFormat.of()
                                .formatHex(ArchiveWriter.sha256().digest(Archives.bytes(text)))));
    }

    @Test
    void aColumnTypeBackupsCannotCarryIsRefusedByNameAndNoFileIsLeft() {
        try (FreshDatabase arrays = FreshDatabase.h2("classpath:backup/unsupported")) {
            Path file = folder.resolve("arrays.zip");

            assertThatThrownBy(() -> arrays.exporter().export(file, FreshDatabase.quiet()))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining("column tagged.tags has type");
            assertThat(folder).isEmptyDirectory();
        }
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path file = Files.writeString(folder.resolve("taken.zip"), "keep me");

        assertThatThrownBy(() -> source.exporter().export(file, FreshDatabase.quiet()))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("already exists");
        assertThat(file).hasContent("keep me");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("taken.zip");
    }

    @Test
    void aTableWithoutAPrimaryKeyThatHoldsRowsCannotBeMergedIntoAndSaysSo() {
        Path archive = source.export(folder);

        try (FreshDatabase target = FreshDatabase.h2(ScratchSite.MIGRATIONS)) {
            target.restore(archive, false);
            Map<String, String> before = target.contents(folder);

            // Its rows cannot be matched with the archive's: adding them again would duplicate them.
            assertThatThrownBy(() -> target.restore(archive, true))
                    .isInstanceOf(BackupException.class)
                    .hasMessage(
                            "table note_without_key has no primary key, so its rows cannot be matched; it must be empty"
                                    + " in the database");
            assertThat(target.contents(folder)).isEqualTo(before);
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = folder.resolve("no-such-folder").resolve("site.zip");

        assertThatThrownBy(() -> source.exporter().export(file, FreshDatabase.quiet()))
                .isInstanceOf(BackupException.class)
                .hasMessage("the folder " + file.getParent().toAbsolutePath() + " does not exist");
    }

    @Test
    void rowsTheMigrationsInsertedCountAsAlreadyThere() {
        Path archive = source.export(folder);

        try (FreshDatabase target = FreshDatabase.h2(ScratchSite.MIGRATIONS)) {
            BackupRestorer.Result result = target.restore(archive, false);

            assertThat(result.identical()).isEqualTo(2); // red and blue came with the migration
            assertThat(result.inserted()).isEqualTo(2 + 3 + 2 + 3 + 5 + 3 + 3 + 1);
            assertThat(target.rowCounts()).isEqualTo(source.rowCounts());
        }
    }
}
