package org.salus.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs {@code import <format> <path>} when the application was started as a command. Exit code
 * 0 on success, 1 when the import failed (database unchanged), 2 for a usage error.
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final Map<String, Importer> importers;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    @Autowired
    CommandRunner(List<Importer> importers) {
        this(importers, System.out, System.err);
    }

    CommandRunner(List<Importer> importers, PrintStream out, PrintStream err) {
        this.importers = importers.stream().collect(Collectors.toMap(Importer::format, Function.identity()));
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !Commands.NAMES.contains(words.get(0))) {
            return; // started as a web site
        }
        ImportOptions options;
        try {
            options = ImportOptions.parse(List.of(args.getSourceArgs()));
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            exitCode = 2;
            return;
        }
        exitCode = runImport(words, options);
    }

    private int runImport(List<String> words, ImportOptions options) {
        if (words.size() != 3 || !importers.containsKey(words.get(1))) {
            err.println("usage: java -jar salus.jar import <format> <path> [--as=draft|syndicated]");
            importers.values().forEach(i -> err.println("  " + i.format() + "  " + i.description()));
            return 2;
        }
        Path path = Path.of(words.get(2));
        if (!Files.exists(path)) {
            err.println("import: " + path + " does not exist");
            return 2;
        }
        try {
            ImportReport report = importers.get(words.get(1)).run(path, options, out);
            report.notes().forEach(note -> out.println("  " + note));
            out.println("import " + words.get(1) + ": " + report.summary());
            return 0;
        } catch (ImportFailedException e) {
            err.println("import " + words.get(1) + " stopped, nothing was changed: " + e.getMessage());
            return 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
