package org.salus.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.salus.audit.AuditLog;
import org.salus.cli.ImportFailedException;
import org.salus.cli.ImportOptions;
import org.salus.cli.ImportReport;
import org.salus.cli.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs imports uploaded on the admin page in the background, one at a time (imports are heavy and
 * some take minutes), and remembers the last {@value #KEPT} so their reports can be read. The
 * uploaded file is deleted when its import ends. Start and end are written to the audit log.
 */
@Service
public class ImportJobs {

    static final int KEPT = 20;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final Map<String, Importer> importers = new LinkedHashMap<>();
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "admin-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(List<Importer> all, AuditLog audit, Clock clock) {
        all.stream().filter(Importer::acceptsUpload).forEach(importer -> importers.put(importer.format(), importer));
        this.audit = audit;
        this.clock = clock;
    }

    /** The formats a file can be uploaded for, with their descriptions. */
    public Map<String, String> formats() {
        Map<String, String> formats = new LinkedHashMap<>();
        importers.values().forEach(importer -> formats.put(importer.format(), importer.description()));
        return formats;
    }

    /**
     * Queues an import of {@code file} (which this class then owns and deletes).
     *
     * @throws IllegalArgumentException when no uploadable importer has that format
     */
    public ImportJob start(String format, Path file, ImportOptions options, String actor) {
        Importer importer = importers.get(format);
        if (importer == null) {
            throw new IllegalArgumentException("unknown format " + format);
        }
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), format, file.getFileName().toString(),
                options.mode().name().toLowerCase(java.util.Locale.ROOT), actor, clock.instant());
        remember(job);
        worker.execute(() -> run(importer, file, options, job));
        return job;
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    public List<ImportJob> recent() {
        synchronized (jobs) {
            List<ImportJob> list = new ArrayList<>(jobs.values());
            Collections.reverse(list);
            return list;
        }
    }

    private void run(Importer importer, Path file, ImportOptions options, ImportJob job) {
        job.running();
        audit.record(job.startedBy(), "import.started", null, null, null,
                job.format() + " " + job.fileName() + " as " + job.mode());
        try {
            ImportReport report = importer.run(file, options.asUpload(), job.console());
            job.finished(report);
            audit.record(job.startedBy(), "import.finished", null, null, null,
                    job.format() + " " + job.fileName() + ": " + report.summary());
        } catch (ImportFailedException e) {
            job.failed(e.getMessage());
            audit.record(job.startedBy(), "import.failed", null, null, null, job.format() + " " + job.fileName()
                    + ": " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", job.format(), job.fileName(), e);
            job.failed("the import stopped because of an unexpected error; the server log has the details");
        } finally {
            delete(file);
        }
    }

    private void remember(ImportJob job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
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
