package org.salus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.command.Command;
import org.salus.command.Commands;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/** Dispatching {@code java -jar salus.jar <command> ...} to the command beans, and the import command's switches. */
class CommandRunnerTests {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    /** Stands for a command; remembers the arguments it got and answers with {@code exit}. */
    static final class Recording implements Command {
        final String name;
        final int exit;
        final List<List<String>> runs = new ArrayList<>();

        Recording(String name, int exit) {
            this.name = name;
            this.exit = exit;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
            runs.add(args.getNonOptionArgs());
            return exit;
        }
    }

    /** An importer that records the switches it was given. */
    static final class SwitchImporter implements Importer {
        Set<String> given;

        @Override
        public String format() {
            return "thing";
        }

        @Override
        public String description() {
            return "things";
        }

        @Override
        public Set<String> switches() {
            return Set.of("merge");
        }

        @Override
        public ImportReport run(Path path, PrintStream out) {
            throw new AssertionError("the command passes switches");
        }

        @Override
        public ImportReport run(Path path, ImportOptions options, PrintStream out) {
            given = options.switches();
            return new ImportReport(1, 0, 0, List.of());
        }
    }

    @Test
    void theFirstWordChoosesTheCommandAndItsExitCodeIsTheProcesss() throws Exception {
        Recording importer = new Recording("import", 0);
        Recording exporter = new Recording("export", 1);
        CommandRunner runner = runner(importer, exporter, new Recording("export static", 0));

        runner.run(new DefaultApplicationArguments("--salus.data-dir=/tmp/x", "export", "backup.zip"));

        assertThat(exporter.runs).containsExactly(List.of("export", "backup.zip"));
        assertThat(importer.runs).isEmpty();
        assertThat(runner.getExitCode()).isEqualTo(1);
    }

    @Test
    void aTwoWordCommandIsChosenOverTheOneWordCommandItStartsWith() throws Exception {
        Recording backup = new Recording("export", 1);
        Recording edition = new Recording("export static", 0);
        CommandRunner runner = runner(new Recording("import", 2), backup, edition);

        runner.run(new DefaultApplicationArguments("export", "static", "/tmp/site", "--salus.data-dir=/tmp/x"));

        assertThat(edition.runs).containsExactly(List.of("export", "static", "/tmp/site"));
        assertThat(backup.runs).isEmpty();
        assertThat(runner.getExitCode()).isZero();
        assertThat(Commands.needsWebServer(new String[] {"--x=1", "export", "static", "/tmp/site"}))
                .isTrue();
        assertThat(Commands.needsWebServer(new String[] {"export", "backup.zip"}))
                .isFalse();
        assertThat(Commands.isCommand(new String[] {"export", "static", "/tmp/site"}))
                .isTrue();
    }

    @Test
    void withoutACommandTheSiteStartsAndNothingRuns() throws Exception {
        Recording importer = new Recording("import", 2);
        Recording exporter = new Recording("export", 2);
        CommandRunner runner = runner(importer, exporter, new Recording("export static", 2));

        runner.run(new DefaultApplicationArguments("--server.port=9090"));

        assertThat(importer.runs).isEmpty();
        assertThat(exporter.runs).isEmpty();
        assertThat(runner.getExitCode()).isZero();
    }

    @Test
    void everyCommandBeanMustBeNamedInCommandsNames() {
        assertThatThrownBy(() -> runner(
                        new Recording("import", 0),
                        new Recording("export", 0),
                        new Recording("export static", 0),
                        new Recording("vacuum", 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Commands.NAMES");
        assertThatThrownBy(() -> runner(new Recording("import", 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Commands.NAMES");
    }

    @Test
    void anImporterGetsItsOwnSwitchesButNotSpringProperties() throws Exception {
        SwitchImporter importer = new SwitchImporter();
        Path file = Files.writeString(folder.resolve("things.txt"), "x");

        int exit = new ImportCommand(List.of(importer))
                .run(
                        new DefaultApplicationArguments(
                                "import", "thing", file.toString(), "--merge", "--salus.data-dir=/tmp/x"),
                        print(out),
                        print(err));

        assertThat(exit).isZero();
        assertThat(importer.given).containsExactly("merge");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import thing: created 1, updated 0, unchanged 0");
    }

    @Test
    void anUnknownFormatPrintsTheUsageWithExitCode2() {
        int exit = new ImportCommand(List.of(new SwitchImporter()))
                .run(new DefaultApplicationArguments("import", "nonsense", "x"), print(out), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: java -jar salus.jar import <format> <path>")
                .contains("thing  things");
    }

    private CommandRunner runner(Command... commands) {
        return new CommandRunner(List.of(commands), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
