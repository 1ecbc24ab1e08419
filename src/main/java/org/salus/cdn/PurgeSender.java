package org.salus.cdn;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs the purge queue's unsent entries to {@code salus.cdn.purge-url} on a thread of its own, so
 * a slow or failing endpoint never holds up publishing. Entries are marked sent only after the
 * endpoint answered 2xx; after a failure the sender waits ({@code purge-retry-delay}, doubled each
 * time up to {@code purge-retry-max-delay}) and tries again with whatever is pending then.
 * The body is {@code {"surrogate_keys":[...]}} (Fastly's batch purge), at most 256 keys a request.
 */
final class PurgeSender implements AutoCloseable {

    /** Fastly's limit of keys per batch purge. */
    static final int KEYS_PER_REQUEST = 256;

    private static final Logger log = LoggerFactory.getLogger(PurgeSender.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PurgeFile queue;
    private final URI url;
    private final String token;
    private final Duration timeout;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final HttpClient client;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "cdn-purge");
        t.setDaemon(true);
        return t;
    });

    // Touched only on the sender's thread.
    private Duration delay;
    private boolean waiting;

    PurgeSender(PurgeFile queue, CdnProperties settings) {
        this.queue = queue;
        this.url = settings.purgeUrl();
        this.token = settings.purgeToken();
        this.timeout = settings.purgeTimeout();
        this.firstDelay = settings.purgeRetryDelay();
        this.maxDelay = settings.purgeRetryMaxDelay();
        this.delay = firstDelay;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Sends what is pending soon, unless a retry is already scheduled (it sends everything pending). */
    void wake() {
        thread.execute(() -> {
            if (!waiting) {
                drain();
            }
        });
    }

    private void drain() {
        try {
            PurgeFile.Pending pending = queue.pending();
            while (!pending.entries().isEmpty()) {
                send(keysOf(pending.entries()));
                queue.markSent(pending.end());
                delay = firstDelay;
                pending = queue.pending();
            }
            if (pending.end() > queue.sent()) {
                queue.markSent(pending.end()); // only unreadable lines were left
            }
        } catch (IOException | RuntimeException e) {
            retryLater(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void retryLater(Exception e) {
        // The address only: the token is never logged.
        log.warn("CDN purge to {} failed ({}); the queue keeps the entries, next try in {}", url, e.toString(), delay);
        waiting = true;
        thread.schedule(
                () -> {
                    waiting = false;
                    drain();
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
        Duration doubled = delay.multipliedBy(2);
        delay = doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }

    /** Every key once; {@link CdnKeys#ALL} alone when it is among them. */
    static List<String> keysOf(List<PurgeFile.Entry> entries) {
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(entry -> keys.addAll(entry.keys()));
        return keys.contains(CdnKeys.ALL) ? List.of(CdnKeys.ALL) : List.copyOf(keys);
    }

    private void send(List<String> keys) throws IOException, InterruptedException {
        for (int from = 0; from < keys.size(); from += KEYS_PER_REQUEST) {
            List<String> part = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_REQUEST)));
            HttpRequest.Builder request = HttpRequest.newBuilder(url)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("surrogate_keys", part))));
            if (token != null && !token.isBlank()) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("the purge endpoint answered " + response.statusCode());
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
