package org.salus.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.salus.audit.AuditLog;
import org.salus.importing.ImportFailedException;
import org.salus.importing.ImportOptions;
import org.salus.importing.ImportReport;
import org.salus.importing.Importer;
import org.salus.node.NodeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs imports uploaded on the admin page in the background, one at a time (imports are heavy and
 * some take minutes), on the node that received the file. Each job is a row of
 * {@code import_job}, so every node lists the last {@value #KEPT} and shows their progress and
 * reports; the running node writes its progress there at most every {@link #FLUSH} and touches
 * its waiting or running jobs every {@link #HEARTBEAT}, so a job whose node went away shows as
 * interrupted. The uploaded file is deleted when its import ends. Start and end are written to
 * the audit log, which keeps them after the job's row is deleted.
 */
@Service
public class ImportJobs implements DisposableBean {

    static final int KEPT = 20;
    static final Duration FLUSH = Duration.ofSeconds(1);
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Map<String, Importer> importers = new LinkedHashMap<>();
    private final ImportJobStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final NodeId node;
    /** This node's jobs that are queued or running, with the console of each. */
    private final Map<String, ConsoleTail> pending = new ConcurrentHashMap<>();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("admin-import"));
    private final ScheduledExecutorService writer =
            Executors.newSingleThreadScheduledExecutor(daemon("admin-import-progress"));
    private volatile Instant lastTouch = Instant.MIN;

    ImportJobs(List<Importer> all, ImportJobStore store, AuditLog audit, Clock clock, NodeId node) {
        all.stream().filter(Importer::acceptsUpload).forEach(importer -> importers.put(importer.format(), importer));
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.node = node;
        writer.scheduleWithFixedDelay(this::writeProgress, FLUSH.toMillis(), FLUSH.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The formats a file can be uploaded for, with their descriptions. */
    public Map<String, String> formats() {
        Map<String, String> formats = new LinkedHashMap<>();
        importers.values().forEach(importer -> formats.put(importer.format(), importer.description()));
        return formats;
    }

    /**
     * Queues an import of {@code file} (which this class then owns and deletes) on this node; its
     * row is written before this returns, so any node can show it at once.
     *
     * @throws IllegalArgumentException when no uploadable importer has that format
     */
    public ImportJob start(String format, Path file, ImportOptions options, String actor) {
        Importer importer = importers.get(format);
        if (importer == null) {
            throw new IllegalArgumentException("unknown format " + format);
        }
        ImportJob job = new ImportJob(
                UUID.randomUUID().toString(),
                format,
                file.getFileName().toString(),
                options.mode().name().toLowerCase(Locale.ROOT),
                actor,
                node.value(),
                ImportJob.State.QUEUED,
                clock.instant(),
                null,
                null,
                null,
                null,
                "");
        store.insert(job);
        store.prune(KEPT);
        ConsoleTail console = new ConsoleTail();
        pending.put(job.id(), console);
        worker.execute(() -> run(importer, file, options, job, console));
        return job;
    }

    /** The job as stored, whichever node runs it. */
    public Optional<ImportJob> find(String id) {
        return store.find(id, clock.instant());
    }

    /** The last {@value #KEPT} jobs of every node, newest first. */
    public List<ImportJob> recent() {
        return store.recent(KEPT, clock.instant());
    }

    private void run(Importer importer, Path file, ImportOptions options, ImportJob job, ConsoleTail console) {
        try {
            store.running(job.id(), clock.instant());
            audit.record(
                    job.startedBy(),
                    "import.started",
                    null,
                    null,
                    null,
                    job.format() + " " + job.fileName() + " as " + job.mode());
            ImportReport report = importer.run(file, options.asUpload(), console.console());
            finish(job, console, () -> store.finished(job.id(), report, console.text(), clock.instant()));
            audit.record(
                    job.startedBy(),
                    "import.finished",
                    null,
                    null,
                    null,
                    job.format() + " " + job.fileName() + ": " + report.summary());
        } catch (ImportFailedException e) {
            finish(job, console, () -> store.failed(job.id(), e.getMessage(), console.text(), clock.instant()));
            audit.record(
                    job.startedBy(),
                    "import.failed",
                    null,
                    null,
                    null,
                    job.format() + " " + job.fileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", job.format(), job.fileName(), e);
            finish(
                    job,
                    console,
                    () -> store.failed(
                            job.id(),
                            "the import stopped because of an unexpected error; the server log has the details",
                            console.text(),
                            clock.instant()));
        } finally {
            pending.remove(job.id());
            delete(file);
        }
    }

    /** Writes the job's end; stops the progress writer from overwriting it with older lines first. */
    private void finish(ImportJob job, ConsoleTail console, Runnable write) {
        synchronized (console) {
            pending.remove(job.id());
            write.run();
        }
    }

    /**
     * Every {@link #FLUSH}: the output of a running job that printed something since, and every
     * {@link #HEARTBEAT} a touch of this node's jobs, so other nodes know they are still alive.
     */
    private void writeProgress() {
        try {
            Instant now = clock.instant();
            pending.forEach((id, console) -> {
                synchronized (console) {
                    String output = console.takeIfChanged();
                    if (output != null && pending.containsKey(id)) {
                        store.progress(id, output, now);
                    }
                }
            });
            if (!pending.isEmpty() && !now.isBefore(lastTouch.plus(HEARTBEAT))) {
                store.touch(Set.copyOf(pending.keySet()), now);
                lastTouch = now;
            }
        } catch (RuntimeException e) {
            // The next round tries again (a database that went away); a scheduled task that throws never runs again.
            log.warn("Could not write import progress: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        writer.shutdownNow();
        worker.shutdown();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
