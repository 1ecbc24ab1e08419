package org.salus.changes;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Follows the change log on this node and hands every committed change to each
 * {@link ChangeListener}, in position order, exactly once.
 *
 * <p>Positions come from a sequence, so they are handed out in the order transactions asked for
 * them, not the order they commit: position 7 can commit after 8, and a rolled-back transaction
 * leaves 7 empty forever. The follower therefore never skips a missing position at once. It
 * delivers 8, remembers 7 as a gap and keeps looking for it, and reports as {@code through} only
 * the position below its oldest open gap. A gap closes when its row appears or when it can no
 * longer appear: on PostgreSQL once every transaction that was running when the gap was seen has
 * ended (writers take their transaction id before their position, see {@link ChangeLog#append});
 * on H2 once no session holds uncommitted changes; on a database that cannot tell, after
 * {@code salus.changes.gap-timeout}.
 *
 * <p>{@link #poll()} runs on the follower thread ({@link ChangeSignals}) and, on the node that
 * wrote, right after the writing transaction commits, so that node's next request already sees
 * the change.
 */
@Component
public class ChangeFollower {

    static final int BATCH = 500;
    /** How many recent positions are checked for gaps at start. */
    static final int START_WINDOW = 1_000;
    /** Open gaps kept at most; the oldest beyond this are given up (logged). */
    static final int MAX_GAPS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

    private final ChangeLog changes;
    private final Supplier<List<ChangeListener>> listeners;
    private final Clock clock;
    private final Duration gapTimeout;
    /** Position of each open gap → PostgreSQL: the next transaction id when it was seen; else: millis seen. */
    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    private long high = -1;
    private volatile long through;
    private volatile long applied;

    @Autowired
    ChangeFollower(
            ChangeLog changes, ObjectProvider<ChangeListener> listeners, Clock clock, ChangeProperties settings) {
        // Looked up at each delivery: listeners depend (through caches and writers) on the log.
        this(changes, () -> listeners.orderedStream().toList(), clock, settings.gapTimeout());
    }

    ChangeFollower(ChangeLog changes, Supplier<List<ChangeListener>> listeners, Clock clock, Duration gapTimeout) {
        this.changes = changes;
        this.listeners = listeners;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        changes.onCommit(this::pollQuietly);
    }

    /** Every change at or below this position has been delivered to the listeners. */
    public long through() {
        return through;
    }

    /** Like {@link #through()}, but first finds the log's end if this follower has not started yet. */
    public synchronized long position() {
        if (high < 0) {
            start();
        }
        return through;
    }

    /** How many changes this node has applied since it started. */
    public long applied() {
        return applied;
    }

    /** Reads what committed since the last poll and delivers it. */
    public synchronized void poll() {
        if (high < 0) {
            start();
        }
        boolean more = true;
        while (more) {
            // Every query first, then the state changes: a query that fails (the database went
            // away) leaves the follower exactly where it was, to try again.
            long[] before = horizon();
            boolean quiet = before == null && changes.nobodyWriting();
            List<ChangeLog.Row> filled =
                    changes.at(List.copyOf(gaps.keySet()).subList(0, Math.min(gaps.size(), BATCH)));
            List<ChangeLog.Row> fresh = changes.after(high, BATCH);
            long seen = fresh.isEmpty() ? 0 : before == null ? clock.millis() : horizon()[1];

            List<ChangeLog.Row> rows = new ArrayList<>(filled);
            filled.forEach(row -> gaps.remove(row.position()));
            closeGapsThatCannotFill(before, quiet);
            for (ChangeLog.Row row : fresh) {
                for (long missing = high + 1; missing < row.position(); missing++) {
                    gaps.put(missing, seen);
                }
                high = row.position();
            }
            rows.addAll(fresh);
            trimGaps();
            rows.sort(Comparator.comparingLong(ChangeLog.Row::position));
            deliver(rows);
            more = fresh.size() == BATCH;
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // The write itself committed; the follower thread delivers it on its next poll.
            log.warn("Could not apply changes right after a commit ({}); the follower retries", e.toString());
        }
    }

    /** Starts at the log's end; recent positions not yet committed are open gaps. */
    private void start() {
        long last = changes.last();
        long from = Math.max(0, last - START_WINDOW);
        long[] now = horizon();
        long seen = now == null ? clock.millis() : now[1];
        long expected = from + 1;
        for (ChangeLog.Row row : changes.after(from, START_WINDOW)) {
            for (long missing = expected; missing < row.position(); missing++) {
                gaps.put(missing, seen);
            }
            expected = row.position() + 1;
        }
        high = last;
        through = lowWater();
        log.info(
                "Following the change log from position {} ({} recent positions not committed yet)", last, gaps.size());
    }

    private long[] horizon() {
        return changes.database() == Database.POSTGRESQL ? changes.transactionHorizon() : null;
    }

    private void closeGapsThatCannotFill(long[] before, boolean quiet) {
        long expired = clock.millis() - gapTimeout.toMillis();
        gaps.entrySet().removeIf(gap -> {
            boolean over = before == null ? quiet || gap.getValue() <= expired : gap.getValue() <= before[0];
            if (over) {
                log.debug("Change position {} was never committed (a rolled-back transaction)", gap.getKey());
            }
            return over;
        });
    }

    private void trimGaps() {
        while (gaps.size() > MAX_GAPS) {
            Map.Entry<Long, Long> oldest = gaps.pollFirstEntry();
            log.warn(
                    "Gave up waiting for change position {}: more than {} positions are open",
                    oldest.getKey(),
                    MAX_GAPS);
        }
    }

    private long lowWater() {
        return gaps.isEmpty() ? high : gaps.firstKey() - 1;
    }

    private void deliver(List<ChangeLog.Row> rows) {
        List<Change> parsed = new ArrayList<>(rows.size());
        for (ChangeLog.Row row : rows) {
            ChangeLog.parse(row).ifPresent(parsed::add);
        }
        long now = lowWater();
        if (parsed.isEmpty() && now == through) {
            return;
        }
        for (ChangeListener listener : listeners.get()) {
            try {
                listener.onChanges(List.copyOf(parsed), now);
            } catch (RuntimeException e) {
                log.error(
                        "{} failed to apply changes up to position {}",
                        listener.getClass().getSimpleName(),
                        now,
                        e);
            }
        }
        applied += parsed.size();
        through = now;
    }
}
