package org.salus.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one request per host every {@code interval}: each request reserves the host's next free
 * moment and is told how long to wait for it. A plain map is enough: the job runs on one node at a
 * time, and the count of hosts is the count of cited sites.
 */
final class HostPacer {

    private final Duration interval;
    private final Map<String, Instant> nextFree = new ConcurrentHashMap<>();

    HostPacer(Duration interval) {
        this.interval = interval;
    }

    /** Reserves the host's next turn and returns how long from {@code now} until it comes. */
    Duration reserve(String host, Instant now) {
        Instant[] turn = new Instant[1];
        nextFree.compute(host.toLowerCase(Locale.ROOT), (key, free) -> {
            turn[0] = free == null || free.isBefore(now) ? now : free;
            return turn[0].plus(interval);
        });
        return Duration.between(now, turn[0]);
    }
}
