package org.salus.cdn;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salus.changes.Change;
import org.salus.changes.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Follows the change log on a node with {@code salus.cdn.purge-file} set: each change's keys
 * ({@link CdnKeys#toPurge} and every {@link PurgeKeySource}) are appended to the queue file and,
 * with {@code salus.cdn.purge-url} set, POSTed by {@link PurgeSender}. Set these on one node of a
 * cluster: every node follows the whole log, so each would purge every change.
 */
@Component
@ConditionalOnProperty(prefix = "salus.cdn", name = "purge-file")
@Order(100) // after the node's own caches: a CDN that refetches at once gets the new page
class PurgeQueue implements ChangeListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PurgeQueue.class);

    private final PurgeFile file;
    private final PurgeSender sender;
    private final List<PurgeKeySource> sources;
    private final Clock clock;

    PurgeQueue(CdnProperties settings, List<PurgeKeySource> sources, Clock clock) {
        this.file = new PurgeFile(settings.purgeFile());
        this.sources = List.copyOf(sources);
        this.clock = clock;
        this.sender = settings.purgeUrl() == null ? null : new PurgeSender(file, settings);
        log.info(
                "CDN purges are queued in {}{}",
                file.path(),
                sender == null ? "" : " and POSTed to " + settings.purgeUrl());
        wake(); // entries a previous run could not send
    }

    @Override
    public void onChanges(List<Change> changes, long through) {
        String now = clock.instant().toString();
        List<PurgeFile.Entry> entries = changes.stream()
                .map(change -> new PurgeFile.Entry(change.position(), List.copyOf(keysOf(change)), now))
                .filter(entry -> !entry.keys().isEmpty())
                .toList();
        if (!entries.isEmpty()) {
            file.append(entries);
            wake();
        }
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
