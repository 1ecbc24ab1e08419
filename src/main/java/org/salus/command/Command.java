package org.salus.command;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;

/**
 * One command of {@code java -jar salus.jar <name> ...}. Features register commands as beans;
 * the command-line front ({@code org.salus.cli}) runs the one named by the first word. Every name must also be listed in
 * {@link Commands#NAMES}, which is read before the application context exists.
 */
public interface Command {

    /** The first word on the command line, e.g. {@code export}. */
    String name();

    /**
     * Runs the command with the whole command line ({@code args.getNonOptionArgs().get(0)} is
     * {@link #name()}). Writes progress and the summary to {@code out}, problems to {@code err},
     * one line each, never a stack trace.
     *
     * @return the process exit code: 0 done, 1 failed (nothing was changed), 2 usage error
     */
    int run(ApplicationArguments args, PrintStream out, PrintStream err);
}
