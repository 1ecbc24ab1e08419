package org.salus.edition;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.salus.cdn.PagePurges;
import org.salus.changes.Change;
import org.salus.changes.ChangeHistory;
import org.salus.changes.ChangeListener;
import org.salus.changes.ChangeLog;
import org.salus.command.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code salus.static.dir} current while the site runs: follows the change log and renders
 * again exactly the pages each change affects, on a thread of its own (never in the writing
 * transaction or the reader's request). At start it catches up from the position stored in
 * {@code edition.json}, or writes the whole site when that position is missing, from another
 * database or written by another version.
 */
@Component
@Order(200)
class StaticEdition implements ChangeListener, ApplicationRunner, DisposableBean {

    /** The position stored when an update failed half-way: the next start writes the whole site. */
    static final long FAILED = -1;

    private static final Logger log = LoggerFactory.getLogger(StaticEdition.class);

    private final StaticEditionProperties settings;
    private final EditionWriter writer;
    private final ChangeHistory history;
    private final ObjectProvider<PagePurges> purges;
    private final Clock clock;
    private final String build;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "static-edition");
        thread.setDaemon(true);
        return thread;
    });
    private final Affected pending = new Affected();
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    /** Every change up to here is in {@link #pending} or in the files. */
    private volatile long queuedThrough;

    /** Every address rendered since {@link #takeRendered()} was last called (for tests). */
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    private volatile boolean following;
    private EditionFolder folder;
    private long storedPosition = -1;

    StaticEdition(
            StaticEditionProperties settings,
            EditionWriter writer,
            ChangeHistory history,
            ObjectProvider<PagePurges> purges,
            Clock clock,
            ObjectProvider<BuildProperties> build) {
        this.settings = settings;
        this.writer = writer;
        this.history = history;
        this.purges = purges;
        this.clock = clock;
        this.build = buildOf(build.getIfAvailable());
    }

    static String buildOf(BuildProperties properties) {
        return properties == null ? "dev" : properties.getVersion() + "@" + properties.getTime();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.enabled() && !Commands.isCommand(args.getSourceArgs())) {
            following = true;
            worker.execute(this::open);
        }
    }

    @Override
    public void onChanges(List<Change> changes, long through) {
        if (!following) {
            return;
        }
        changes.forEach(pending::add);
        queuedThrough = Math.max(queuedThrough, through);
        queueDrain();
    }

    /** Waits until every change delivered so far is in the files (for tests and the benchmark). */
    void awaitQuiet(Duration timeout) {
        try {
            worker.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the static edition did not catch up in " + timeout, e);
        }
    }

    /** The addresses rendered since the last call: which pages the changes since then affected. */
    Set<String> takeRendered() {
        Set<String> taken = Set.copyOf(rendered);
        rendered.removeAll(taken);
        return taken;
    }

    /** The change-log position stored in {@code edition.json} (for tests). */
    long position() {
        return storedPosition;
    }

    // ---- the worker's side -------------------------------------------------------------------

    private void open() {
        try {
            folder = writer.open(settings.dir());
        } catch (RuntimeException e) {
            following = false;
            log.error("The static edition in {} is not written: {}", settings.dir(), e.getMessage());
            return;
        }
        Optional<EditionState> state = EditionState.read(folder.root());
        String reason = state.isEmpty() ? "no " + EditionState.FILE : whyWriteAll(state.get());
        if (reason != null) {
            long position = history.position(); // read first: a later change is applied after the write
            EditionWriter.Result result = writer.writeAll(folder);
            log.info(
                    "Static edition in {} written whole ({}): {} in {} ms",
                    folder.root(),
                    reason,
                    result.summary(),
                    result.took().toMillis());
            purge(position, result, true);
            finish(position, result);
            return;
        }
        writer.writeTextSizes(folder);
        long from = state.get().position();
        long live = history.position();
        long last = from;
        ChangeLog.Batch batch;
        do {
            batch = history.since(last, 1_000);
            batch.changes().forEach(pending::add);
            last = batch.last();
        } while (batch.more());
        // Stored below a position still in flight, so a restart reads it again rather than never.
        queuedThrough = Math.max(queuedThrough, Math.min(last, Math.max(live, from)));
        storedPosition = from;
        log.info("Static edition in {} was at change {}; catching up to {}", folder.root(), from, queuedThrough);
        drain();
    }

    /** Why the folder must be written whole, or null when it can catch up from its position. */
    private String whyWriteAll(EditionState state) {
        if (state.position() == FAILED) {
            return "an update failed";
        }
        if (!build.equals(state.build())) {
            return "written by " + state.build() + ", this is " + build;
        }
        if (state.position() > 0
                && !history.stamp(state.position())
                        .map(stamp -> stamp.equals(state.stamp()))
                        .orElse(false)) {
            return "written from another database";
        }
        return null;
    }

    private void queueDrain() {
        if (!worker.isShutdown() && drainQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        drainQueued.set(false);
        if (folder == null) {
            return; // opening: it catches up from the stored position
        }
        try {
            // Waits until the follower has handed this delivery to every listener, so the caches
            // the pages are rendered from have dropped what the changes name.
            history.position();
            long position = queuedThrough; // read before the work: everything up to it is pending or done
            Affected.Snapshot changed = pending.take();
            EditionWriter.Result result = changed.isEmpty() ? null : writer.update(folder, changed);
            if (result != null) {
                purge(position, result, changed.everything());
            }
            if (result != null && !result.failed().isEmpty()) {
                pending.retry(result.failed());
                worker.schedule(this::queueDrain, settings.retryAfter().toMillis(), TimeUnit.MILLISECONDS);
            }
            finish(position, result);
        } catch (RuntimeException e) {
            log.error("Updating the static edition in {} failed; it is written whole", folder.root(), e);
            pending.everything();
            storePosition(FAILED, ""); // should this process end first, the next start writes it whole
            worker.schedule(this::queueDrain, settings.retryAfter().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Tells the CDN purge queue on this node (salus.cdn.purge-file) which files changed, now that
     * they are written: nginx names a file's key from its address, which a CDN in front of it purges.
     */
    private void purge(long position, EditionWriter.Result result, boolean whole) {
        PagePurges queue = purges.getIfAvailable();
        if (queue == null || result.changed().isEmpty()) {
            return;
        }
        if (whole) {
            queue.everyPageChanged(position);
        } else {
            queue.pagesChanged(position, result.changed());
        }
    }

    private void finish(long position, EditionWriter.Result result) {
        if (result != null) {
            rendered.addAll(result.rendered());
        }
        if (result != null && !result.failed().isEmpty()) {
            return; // the position waits for the pages to be tried again
        }
        if (pending.hasRetries() || (position <= storedPosition && storedPosition != FAILED)) {
            return;
        }
        storePosition(position, position == 0 ? "" : history.stamp(position).orElse(""));
    }

    private void storePosition(long position, String stamp) {
        EditionState state =
                new EditionState(position, stamp, build, clock.instant().toString());
        folder.writeOther(EditionState.FILE, state.json(), false);
        storedPosition = position;
    }

    @Override
    public void destroy() throws InterruptedException {
        following = false;
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        if (folder != null) {
            folder.close();
        }
    }
}
