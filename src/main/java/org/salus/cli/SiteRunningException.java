package org.salus.cli;

import org.springframework.boot.ExitCodeGenerator;

/** A command found its embedded database held by another process, most likely the running site. */
public final class SiteRunningException extends RuntimeException implements ExitCodeGenerator {

    /** The exit code of a command refused because the site holds the database. */
    public static final int EXIT_CODE = 3;

    public SiteRunningException(String database) {
        super("The database " + database + " is in use by a running Salus site: stop the site and run the command"
                + " again, or import while it runs from Admin → Import content (/admin/imports).");
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // told to a person in one line, never logged with a trace
    }
}
