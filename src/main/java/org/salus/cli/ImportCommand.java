package org.salus.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.salus.command.Command;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code import <format> <path> [--switch]}: hands the path to the {@link Importer} for that format. */
@Component
class ImportCommand implements Command {

    private final Map<String, Importer> importers;

    ImportCommand(List<Importer> importers) {
        this.importers = importers.stream()
                .collect(Collectors.toMap(Importer::format, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        List<String> words = args.getNonOptionArgs();
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
        Importer importer = importers.get(words.get(1));
        ImportOptions options;
        try {
            options = ImportOptions.parse(List.of(args.getSourceArgs()));
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
        // Other --options are Spring properties (--salus.data-dir=...): only the importer's own switches pass.
        Set<String> switches =
                importer.switches().stream().filter(args::containsOption).collect(Collectors.toSet());
        try {
            ImportReport report = importer.run(path, options.withSwitches(switches), out);
            report.notes().forEach(note -> out.println("  " + note));
            out.println("import " + words.get(1) + ": " + report.summary());
            return 0;
        } catch (ImportFailedException e) {
            err.println("import " + words.get(1) + " stopped, nothing was changed: " + e.getMessage());
            return 1;
        }
    }
}
