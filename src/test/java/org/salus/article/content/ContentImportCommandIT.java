package org.salus.article.content;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/salus.jar import content DIR} as an operator runs it: exit codes,
 * console summary, and a database left as it was when a file is malformed.
 */
class ContentImportCommandIT {

    private static final Path JAR = Path.of("target", "salus.jar");
    private static final Path SAMPLES = Path.of("src", "main", "resources", "content", "en");

    @TempDir
    Path work;

    Path content;
    Path data;
    int copied;

    @BeforeEach
    void copySamples() throws IOException {
        content = Files.createDirectories(work.resolve("content"));
        data = work.resolve("data");
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) { // not the pages/ folder
                Files.copy(file, content.resolve(file.getFileName()));
                copied++;
            }
        }
    }

    @Test
    void importsAFolderThenRecognisesUnchangedAndChangedFiles() throws Exception {
        Run first = salus("import", "content", content.toString());
        assertThat(first.exit).as(first.output).isZero();
        assertThat(first.output)
                .contains("read " + copied + " content files")
                .contains("created " + copied + ", updated 0, unchanged 0");

        Run again = salus("import", "content", content.toString());
        assertThat(again.output).contains("created 0, updated 0, unchanged " + copied);

        Path obesity = content.resolve("obesity.md");
        Files.writeString(
                obesity, Files.readString(obesity).replace("title: Obesity", "title: Obesity and overweight"));
        Run changed = salus("import", "content", content.toString());
        assertThat(changed.output).contains("created 0, updated 1, unchanged " + (copied - 1));
        assertThat(query("SELECT r.title FROM article a JOIN revision r ON r.id = a.published_revision_id"
                        + " WHERE a.slug = 'obesity'"))
                .containsExactly("Obesity and overweight");
    }

    @Test
    void aMalformedFileStopsTheImportNamingFileAndLineAndChangesNothing() throws Exception {
        assertThat(salus("import", "content", content.toString()).exit).isZero();
        List<String> before = query("SELECT COUNT(*) FROM revision");
        Path obesity = content.resolve("obesity.md");
        Files.writeString(obesity, Files.readString(obesity).replace("title: Obesity", "title: Obesity, revised"));
        Files.writeString(content.resolve("zz-bad.md"), """
                ---
                title: Broken Article
                language: en
                type: condition
                summary: A file with a section type that does not exist.
                sources:
                  - organisation: Nobody
                    title: Nothing
                ---

                ## Signs {section=symtoms}

                Text.
                """);

        Run run = salus("import", "content", content.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.output)
                .contains("zz-bad.md:11: unknown section type 'symtoms'")
                .contains("nothing was changed");
        assertThat(query("SELECT COUNT(*) FROM revision")).isEqualTo(before);
        assertThat(query("SELECT r.title FROM article a JOIN revision r ON r.id = a.published_revision_id"
                        + " WHERE a.slug = 'obesity'"))
                .containsExactly("Obesity");
    }

    @Test
    void wrongArgumentsPrintUsage() throws Exception {
        Run run = salus("import", "nonsense", content.toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.output)
                .contains("usage: java -jar salus.jar import <format> <path>")
                .contains("content");
    }

    private record Run(int exit, String output) {}

    private Run salus(String... args) throws Exception {
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
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private List<String> query(String sql) throws SQLException {
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

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
