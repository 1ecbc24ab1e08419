package org.salus.cli;

import java.io.PrintStream;
import java.nio.file.Path;

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
     * As {@link #run(Path, PrintStream)}, with the command's options; importers of articles
     * override this to honour {@link ImportOptions#mode()}.
     */
    default ImportReport run(Path path, ImportOptions options, PrintStream out) {
        return run(path, out);
    }
}
