package org.salus.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/salus.jar export FILE} and {@code import backup FILE [--merge]} as an
 * operator runs them: exit codes, console output without stack traces, and a restored site that
 * exports exactly as the original.
 */
class BackupCommandIT {

    private static final Path JAR = Path.of("target", "salus.jar");
    private static final Path SAMPLES = Path.of("src", "main", "resources", "content", "en");

    @TempDir
    static Path work;

    static Path original;
    static Path archive;

    /** How many content files the import read (it reads sub-folders too, e.g. pages/): one readable Markdown copy each. */
    private static long sampleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".md")).count();
        }
    }

    /** Once for the class: every start of the jar costs seconds. */
    @BeforeAll
    static void exportASite() throws Exception {
        original = work.resolve("original");
        assertThat(salus(original, "import", "content", SAMPLES.toString()).exit)
                .isZero();
        archive = work.resolve("site.zip");

        Run export = salus(original, "export", archive.toString());

        assertThat(export.exit).as(export.output).isZero();
        assertThat(export.output)
                .containsPattern("export: \\d+ tables from H2")
                .contains("  article")
                .contains("  revision_section")
                .containsPattern("export: wrote .*site\\.zip \\(\\d+ tables, [\\d,]+ rows, " + sampleFiles()
                        + " Markdown copies, [\\d,]+ bytes\\)");
    }

    @Test
    void aRestoredSiteExportsExactlyAsTheOriginal() throws Exception {
        Path restored = work.resolve("restored-" + UUID.randomUUID());

        Run restore = salus(restored, "import", "backup", archive.toString());

        assertThat(restore.exit).as(restore.output).isZero();
        assertThat(restore.output).containsPattern("import backup: created [\\d]+, updated 0, unchanged 7");
        Path again = work.resolve("again.zip");
        assertThat(salus(restored, "export", again.toString()).exit).isZero();
        assertThat(Archives.contents(again)).isEqualTo(Archives.contents(archive));
    }

    @Test
    void aDamagedArchiveIsRefusedInOneLineWithoutAStackTrace() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        Path truncated = Files.write(work.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length - 100));
        Path restored = work.resolve("refused-" + UUID.randomUUID());

        Run run = salus(restored, "import", "backup", truncated.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.output)
                .startsWith("import backup stopped, nothing was changed: damaged archive: ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.output.strip().lines()).hasSize(1);
        assertThat(query(restored, "SELECT COUNT(*) FROM article")).containsExactly("0");
    }

    @Test
    void aDatabaseWithOtherContentIsRefusedAndMergeNeverOverwrites() throws Exception {
        Path restored = work.resolve("changed-" + UUID.randomUUID());
        assertThat(salus(restored, "import", "backup", archive.toString()).exit).isZero();
        Path changed = Files.createDirectories(work.resolve("changed-content"));
        Files.writeString(
                changed.resolve("obesity.md"),
                Files.readString(SAMPLES.resolve("obesity.md"))
                        .replace("title: Obesity", "title: Obesity and overweight"));
        assertThat(salus(restored, "import", "content", changed.toString()).exit)
                .isZero();

        Run plain = salus(restored, "import", "backup", archive.toString());
        Run merge = salus(restored, "import", "backup", archive.toString(), "--merge");

        assertThat(plain.exit).isEqualTo(1);
        assertThat(plain.output).contains("the database is not empty").contains("--merge");
        assertThat(merge.exit).isEqualTo(1);
        assertThat(merge.output).containsPattern("--merge never changes a row, and article id=\\d+ differs");
        assertThat(query(restored, "SELECT COUNT(*) FROM revision"))
                .containsExactly(String.valueOf(sampleFiles() + 1)); // the archive's and the new one
    }

    @Test
    void anArchiveFromAnOlderSalusIsRestoredAtItsVersionAndUpgradedAtTheNextStart() throws Exception {
        Path old;
        try (FreshDatabase v11 = FreshDatabase.h2(
                FreshDatabase.APPLICATION,
                flyway -> Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .target("11")
                        .load()
                        .migrate())) {
            v11.jdbc
                    .sql(
                            "INSERT INTO article (id, slug, language, content_type, created_at) VALUES (1, 'gout', 'en', 'condition',"
                                    + " CURRENT_TIMESTAMP)")
                    .update();
            v11.jdbc
                    .sql(
                            "INSERT INTO revision (id, article_id, revision_number, title, summary, author, change_note, change_kind,"
                                    + " content_hash, created_at) VALUES (1, 1, 1, 'Gout', 'Painful joints.', 'someone', 'First.', 'clinical',"
                                    + " 'hash', CURRENT_TIMESTAMP)")
                    .update();
            v11.jdbc
                    .sql("UPDATE article SET published_revision_id = 1, published_at = CURRENT_TIMESTAMP")
                    .update();
            old = v11.export(work);
        }
        Path restored = work.resolve("old-" + UUID.randomUUID());

        Run restore = salus(restored, "import", "backup", old.toString());
        Run start = salus(
                restored,
                "export",
                work.resolve("upgraded-" + UUID.randomUUID() + ".zip").toString());

        assertThat(restore.exit).as(restore.output).isZero();
        assertThat(restore.output)
                .contains("the database stays at schema version 11 until Salus next starts and upgrades it");
        assertThat(start.exit).as(start.output).isZero();
        assertThat(query(restored, "SELECT revision_id FROM revision_publication"))
                .containsExactly("1"); // migration V12 ran
    }

    @Test
    void usageMistakesAreExplained() throws Exception {
        Run noFile = salus(original, "export");
        Run existing = salus(original, "export", archive.toString());

        assertThat(noFile.exit).isEqualTo(2);
        assertThat(noFile.output).contains("usage: java -jar salus.jar export <file.zip>");
        assertThat(existing.exit).isEqualTo(1);
        assertThat(existing.output).contains("export stopped: " + archive + " already exists");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
    void aSiteMovesFromH2ToPostgresqlByCommand() throws Exception {
        String schema =
                "backup_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        postgres("CREATE SCHEMA " + schema);
        try {
            String[] database = {
                "--spring.datasource.url=" + System.getenv("PG_URL") + "?currentSchema=" + schema,
                "--spring.datasource.username=" + System.getenv().getOrDefault("PG_USER", "salus"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("PG_PASSWORD", "salus")
            };
            Run restore = salus(work.resolve("unused"), concat(database, "import", "backup", archive.toString()));
            Path fromPostgres = work.resolve("from-postgres.zip");
            Run export = salus(work.resolve("unused"), concat(database, "export", fromPostgres.toString()));

            assertThat(restore.exit).as(restore.output).isZero();
            assertThat(export.exit).as(export.output).isZero();
            assertThat(export.output).contains("from PostgreSQL");
            assertThat(Archives.contents(fromPostgres)).isEqualTo(Archives.contents(archive));
        } finally {
            postgres("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private record Run(int exit, String output) {}

    private static Run salus(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                javaBinary(),
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString(),
                "--salus.data-dir=" + data,
                "--logging.level.root=WARN"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static List<String> query(Path data, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/salus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static String[] concat(String[] first, String... rest) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(rest)).toArray(String[]::new);
    }

    private static void postgres(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                System.getenv("PG_URL"),
                System.getenv().getOrDefault("PG_USER", "salus"),
                System.getenv().getOrDefault("PG_PASSWORD", "salus"))) {
            connection.createStatement().execute(sql);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
