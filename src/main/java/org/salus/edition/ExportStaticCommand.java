package org.salus.edition;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.salus.changes.ChangeHistory;
import org.salus.command.Command;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar salus.jar export static DIR}: the whole static edition written from scratch into
 * DIR. The site runs for the export on a loopback port of its own ({@code Commands.WEB_SERVER}), since
 * every page is rendered through it. DIR then holds the change-log position it reflects, so a site
 * started with {@code salus.static.dir=DIR} only catches up.
 */
@Component
class ExportStaticCommand implements Command {

    private final EditionWriter writer;
    private final ChangeHistory history;
    private final Clock clock;
    private final String build;

    ExportStaticCommand(
            EditionWriter writer, ChangeHistory history, Clock clock, ObjectProvider<BuildProperties> build) {
        this.writer = writer;
        this.history = history;
        this.clock = clock;
        this.build = StaticEdition.buildOf(build.getIfAvailable());
    }

    @Override
    public String name() {
        return "export static";
    }

    @Override
    public int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        List<String> words = args.getNonOptionArgs();
        if (words.size() != 3) {
            err.println("usage: java -jar salus.jar export static <folder>");
            err.println(
                    "  writes every reader page that is the same for everyone, with .gz and .br copies, for nginx;");
            err.println("  set salus.site.base-url so that canonical links name the public site");
            return 2;
        }
        Path dir = Path.of(words.get(2));
        long position = history.position(); // read first: a change during the export is applied after it
        try (EditionFolder folder = writer.open(dir)) {
            EditionWriter.Result result = writer.writeAll(folder);
            if (!result.failed().isEmpty()) {
                err.println("export static: " + result.failed().size() + " pages could not be rendered, e.g. "
                        + result.failed().iterator().next());
                return 1;
            }
            String stamp = position == 0 ? "" : history.stamp(position).orElse("");
            folder.writeOther(
                    EditionState.FILE,
                    new EditionState(position, stamp, build, clock.instant().toString()).json(),
                    false);
            out.printf(
                    "export static: wrote %s to %s in %.1f s%n",
                    result.summary(), folder.root(), result.took().toMillis() / 1000.0);
            return 0;
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("export static stopped: " + e.getMessage());
            return 1;
        }
    }
}
