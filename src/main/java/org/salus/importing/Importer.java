package org.salus.importing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * One format that {@code java -jar salus.jar import <format> <path>} can load. Features register
 * their importers as beans; the command finds them by {@link #format()}.
 */
public interface Importer {

    /** The format name on the command line, e.g. {@code content}. */
    String format();

    /** One line for the usage message. */
    String description();

    /**
     * Loads everything at {@code path}, reporting progress on {@code out}.
     *
     * @throws ImportFailedException with a message naming the file and line of what is wrong;
     *                               the database is then as it was before
     */
    ImportReport run(Path path, PrintStream out);

    /**
     * Whether an administrator may run this import by uploading one file on the admin page.
     * False for imports that take a folder or replace the whole site.
     */
    default boolean acceptsUpload() {
        return true;
    }

    /**
     * Switches this importer understands, without the dashes: {@code merge} for {@code --merge}.
     * Other {@code --name=value} arguments are Spring properties and never reach the importer.
     */
    default Set<String> switches() {
        return Set.of();
    }

    /**
     * As {@link #run(Path, PrintStream)}, with the command's options: importers of articles
     * honour {@link ImportOptions#mode()}, others their {@link #switches()}.
     */
    default ImportReport run(Path path, ImportOptions options, PrintStream out) {
        return run(path, out);
    }
}
