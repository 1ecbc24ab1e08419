package org.salus.imports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.salus.cli.ImportReport;

/**
 * One import started from the admin page: its console output as it runs, then its report or the
 * reason it stopped. Read by the status page while the import thread writes to it.
 */
public final class ImportJob {

    public enum State {
        QUEUED, RUNNING, FINISHED, FAILED
    }

    private final String id;
    private final String format;
    private final String fileName;
    private final String mode;
    private final String startedBy;
    private final Instant queuedAt;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(output, true, StandardCharsets.UTF_8);
    private volatile State state = State.QUEUED;
    private volatile ImportReport report;
    private volatile String failure;

    ImportJob(String id, String format, String fileName, String mode, String startedBy, Instant queuedAt) {
        this.id = id;
        this.format = format;
        this.fileName = fileName;
        this.mode = mode;
        this.startedBy = startedBy;
        this.queuedAt = queuedAt;
    }

    PrintStream console() {
        return console;
    }

    void running() {
        state = State.RUNNING;
    }

    void finished(ImportReport result) {
        report = result;
        state = State.FINISHED;
    }

    void failed(String reason) {
        failure = reason;
        state = State.FAILED;
    }

    /** What the importer has printed so far. */
    public String output() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    public boolean done() {
        return state == State.FINISHED || state == State.FAILED;
    }

    public String id() {
        return id;
    }

    public String format() {
        return format;
    }

    public String fileName() {
        return fileName;
    }

    public String mode() {
        return mode;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public State state() {
        return state;
    }

    public ImportReport report() {
        return report;
    }

    public String failure() {
        return failure;
    }
}
