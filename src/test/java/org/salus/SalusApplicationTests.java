package org.salus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run while the site holds the embedded database says so in one line and exits with
 * a code, instead of pages of Spring exceptions; once the site is gone the same command runs.
 */
class SalusApplicationTests {

    private static final Path SAMPLES = Path.of("src", "main", "resources", "content", "en");

    @TempDir
    Path data;

    @TempDir
    Path content;

    @Test
    void aCommandAgainstTheDatabaseOfARunningSiteSaysSoInOneLine() throws Exception {
        int copied = 0;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) { // not the pages/ folder
                Files.copy(file, content.resolve(file.getFileName()));
                copied++;
            }
        }
        // The tests' own properties use an in-memory database; the site's default is this file.
        String database = "--spring.datasource.url=jdbc:h2:file:" + data.resolve("salus") + ";MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Process site = holdDatabase(data.resolve("salus"));
        try {
            Output refused = run("import", "content", content.toString(), database);

            assertThat(refused.exit).as(refused.text).isEqualTo(3);
            assertThat(refused.text.strip())
                    .isEqualTo("The database " + data + "/salus is in use by a running Salus site:"
                            + " stop the site and run the command again, or import while it runs from Admin → Import content"
                            + " (/admin/imports).");
        } finally {
            site.getOutputStream().close(); // the holder lets go of the database when its input ends
            assertThat(site.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        Output imported = run("import", "content", content.toString(), database);

        assertThat(imported.exit).as(imported.text).isZero();
        assertThat(imported.text).contains("read " + copied + " content files").contains("created " + copied);

        // The static edition renders through the site: the command runs it on a loopback port of its own.
        Path edition = data.resolve("edition");
        Output exported = run("export", "static", edition.toString(), database, "--server.port=8080");

        assertThat(exported.exit).as(exported.text).isZero();
        assertThat(exported.text).containsPattern("export static: wrote [0-9,]+ pages \\(.*\\) to .* in [0-9.]+ s");
        assertThat(edition.resolve("pages/topics/obesity.html")).exists();
        assertThat(edition.resolve("edition.json")).exists();
    }

    private record Output(int exit, String text) {}

    /** Runs a command in this JVM as {@code main} would, catching what it prints on both streams. */
    private static Output run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(capture);
        System.setErr(capture);
        try {
            int exit = SalusApplication.runCommand(args);
            return new Output(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Another process that opens the H2 file, as the running site does, until its input closes. */
    private static Process holdDatabase(Path database) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Holder.class.getName(),
                        "jdbc:h2:file:" + database)
                .redirectErrorStream(true)
                .start();
        String line =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).isEqualTo("holding");
        return process;
    }

    /** The holding process's main class. */
    public static final class Holder {
        public static void main(String[] args) throws SQLException, IOException {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                System.out.println("holding");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // held until the test closes this process's input
                }
            }
        }
    }
}
