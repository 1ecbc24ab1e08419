package org.salus.imports;

import java.time.Instant;

import org.salus.importing.ImportReport;

/**
 * One import started from the admin page, as stored in {@code import_job} and shown by every app
 * node: what was uploaded, by whom and on which node, its state, its last console lines, then its
 * report or the reason it stopped. A snapshot: read it again to see progress.
 *
 * @param node      the {@code salus.node.id} of the node that runs it (the file is on its disk)
 * @param output    the last {@value ConsoleTail#LINES} lines the importer printed
 * @param report    when finished, else null
 * @param failure   when failed, else null
 */
public record ImportJob(
        String id,
        String format,
        String fileName,
        String mode,
        String startedBy,
        String node,
        State state,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt,
        ImportReport report,
        String failure,
        String output) {

    public enum State {
        QUEUED,
        RUNNING,
        FINISHED,
        FAILED,
        /** Queued or running on a node that stopped writing to its row: that node went away. */
        INTERRUPTED
    }

    public boolean done() {
        return state == State.FINISHED || state == State.FAILED || state == State.INTERRUPTED;
    }
}
