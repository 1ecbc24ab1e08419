package org.salus.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.salus.command.Command;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code java -jar salus.jar export <file>}: the whole site into one backup archive. */
@Component
class ExportCommand implements Command {

    private final BackupExporter exporter;

    ExportCommand(BackupExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 2) {
            err.println("usage: java -jar salus.jar export <file.zip>");
            err.println(
                    "  writes every article, revision, review, term, question, story, user and the audit log to one archive;");
            err.println("  restore it with: java -jar salus.jar import backup <file.zip>");
            return 2;
        }
        Path file = Path.of(words.get(1));
        try {
            BackupExporter.Summary summary = exporter.export(file, out);
            out.printf(
                    "export: wrote %s (%d tables, %,d rows, %,d Markdown copies, %,d bytes) in %.1f s%n",
                    file,
                    summary.tables(),
                    summary.rows(),
                    summary.readableCopies(),
                    summary.bytes(),
                    summary.took().toMillis() / 1000.0);
            return 0;
        } catch (BackupException e) {
            err.println("export stopped: " + e.getMessage());
            return 1;
        }
    }
}
