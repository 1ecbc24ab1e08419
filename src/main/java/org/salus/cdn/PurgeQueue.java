package org.salus.cdn;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.salus.changes.Change;
import org.salus.changes.ChangeHistory;
import org.salus.changes.ChangeListener;
import org.salus.changes.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Follows the change log on a node with {@code salus.cdn.purge-file} set: each change's keys
 * ({@link CdnKeys#toPurge} and every {@link PurgeKeySource}) are appended to the queue file and,
 * with {@code salus.cdn.purge-url} set, POSTed by {@link PurgeSender}. Set these on one node of a
 * cluster: every node follows the whole log, so each would purge every change.
 *
 * <p>The position written through is stored beside the file ({@link PurgePosition}); at start the
 * queue first appends the changes committed since then (while this node was down), so no change
 * goes unpurged. A position from another database, or a queue file without one (an older
 * version), purges {@link CdnKeys#ALL}: what happened meanwhile is unknown.
 */
@Component
@ConditionalOnProperty(prefix = "salus.cdn", name = "purge-file")
@Order(100) // after the node's own caches: a CDN that refetches at once gets the new page
class PurgeQueue implements ChangeListener, PagePurges, ApplicationRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PurgeQueue.class);
    private static final int CATCH_UP_BATCH = 1_000;

    private final PurgeFile file;
    private final Path positionFile;
    private final PurgeSender sender;
    private final List<PurgeKeySource> sources;
    private final ChangeHistory history;
    private final Clock clock;

    // Guarded by this.
    private boolean caughtUp;
    private long storedPosition = -1;

    PurgeQueue(CdnProperties settings, List<PurgeKeySource> sources, ChangeHistory history, Clock clock) {
        this.file = new PurgeFile(settings.purgeFile());
        this.positionFile = PurgePosition.fileOf(file.path());
        this.sources = List.copyOf(sources);
        this.history = history;
        this.clock = clock;
        this.sender = settings.purgeUrl() == null ? null : new PurgeSender(file, settings);
        log.info(
                "CDN purges are queued in {}{}",
                file.path(),
                sender == null ? "" : " and POSTed to " + settings.purgeUrl());
        wake(); // entries a previous run could not send
    }

    /** At start: catches up with what changed while this node was not purging. */
    @Override
    public void run(ApplicationArguments args) {
        // Outside the lock (the follower delivers holding its own, then takes this one): starts the
        // follower, so every change it will not deliver is in the log at or below what we read.
        long live = history.position();
        catchUp(live);
    }

    @Override
    public synchronized void onChanges(List<Change> changes, long through) {
        catchUp(through); // the follower has started: it is delivering
        append(changes);
        store(through);
    }

    @Override
    public void pagesChanged(long position, Collection<String> addresses) {
        if (!addresses.isEmpty()) {
            queue(List.of(new PurgeFile.Entry(
                    position,
                    addresses.stream().sorted().map(CdnKeys::page).distinct().toList(),
                    clock.instant().toString())));
        }
    }

    @Override
    public void everyPageChanged(long position) {
        queue(List.of(new PurgeFile.Entry(
                position, List.of(CdnKeys.ALL), clock.instant().toString())));
    }

    /** The keys one change purges. */
    Set<String> keysOf(Change change) {
        Set<String> keys = new LinkedHashSet<>(CdnKeys.toPurge(change));
        if (keys.contains(CdnKeys.ALL)) {
            return Set.of(CdnKeys.ALL);
        }
        for (PurgeKeySource source : sources) {
            keys.addAll(source.keysFor(change));
        }
        return keys;
    }

    /** Once: appends every change after the stored position, as if it had just arrived. */
    private synchronized void catchUp(long live) {
        if (caughtUp) {
            return;
        }
        caughtUp = true;
        Optional<PurgePosition> stored = PurgePosition.read(positionFile);
        String unknown = stored.isEmpty()
                ? (file.isEmpty() ? null : "the queue has no stored position")
                : fromAnotherLog(stored.get());
        if (stored.isEmpty() || unknown != null) {
            if (unknown != null) {
                log.warn("CDN purge queue {}: {}; purging everything", file.path(), unknown);
                queue(List.of(new PurgeFile.Entry(
                        live, List.of(CdnKeys.ALL), clock.instant().toString())));
            }
            store(live);
            return;
        }
        long from = stored.get().position();
        long last = from;
        int read = 0;
        ChangeLog.Batch batch;
        do {
            batch = history.since(last, CATCH_UP_BATCH);
            append(batch.changes());
            read += batch.changes().size();
            last = batch.last();
        } while (batch.more());
        // Stored below a position still in flight, so a restart reads it again rather than never.
        store(Math.min(last, Math.max(live, from)));
        log.info("CDN purge queue was at change {}; caught up with {} later changes", from, read);
    }

    private String fromAnotherLog(PurgePosition stored) {
        boolean same = stored.position() == 0
                || history.stamp(stored.position())
                        .map(stamp -> stamp.equals(stored.stamp()))
                        .orElse(false);
        return same ? null : "its stored position " + stored.position() + " is from another database";
    }

    private void append(List<Change> changes) {
        String now = clock.instant().toString();
        List<PurgeFile.Entry> entries = new ArrayList<>();
        for (Change change : changes) {
            Set<String> keys = keysOf(change);
            if (!keys.isEmpty()) {
                entries.add(new PurgeFile.Entry(change.position(), List.copyOf(keys), now));
            }
        }
        queue(entries);
    }

    private void queue(List<PurgeFile.Entry> entries) {
        if (!entries.isEmpty()) {
            file.append(entries);
            wake();
        }
    }

    /** Every change at or below {@code position} has its entry in the file. */
    private void store(long position) {
        if (position <= storedPosition) {
            return;
        }
        String stamp = position == 0 ? "" : history.stamp(position).orElse("");
        new PurgePosition(position, stamp, clock.instant().toString()).write(positionFile);
        storedPosition = position;
    }

    private void wake() {
        if (sender != null) {
            sender.wake();
        }
    }

    @Override
    public void close() {
        if (sender != null) {
            sender.close();
        }
    }
}
