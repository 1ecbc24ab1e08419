package org.salus.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this node's memory: right for one node (H2), and what a shared store falls back on
 * while the database cannot be reached. A bucket idle for two of its periods is full again and is
 * dropped; at most {@value #MAX_BUCKETS} are kept (the least used go first).
 */
final class LocalRateLimitBuckets implements RateLimitBuckets {

    static final int MAX_BUCKETS = 300_000;

    private record Entry(Bucket bucket, Duration idle) {}

    private final Cache<String, Entry> buckets = Caffeine.newBuilder()
            .maximumSize(MAX_BUCKETS)
            .expireAfter(Expiry.accessing((String key, Entry entry) -> entry.idle()))
            .build();

    @Override
    public ConsumptionProbe tryConsume(String key, RateLimit limit) {
        return bucket(key, limit).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public long available(String key, RateLimit limit) {
        return bucket(key, limit).getAvailableTokens();
    }

    @Override
    public void forget(String key, RateLimit limit) {
        buckets.invalidate(limit.storageKey(key));
    }

    @Override
    public int removeExpired(int max) {
        buckets.cleanUp(); // Caffeine expires entries itself; this only hurries it
        return 0;
    }

    private Bucket bucket(String key, RateLimit limit) {
        return buckets.get(
                        limit.storageKey(key),
                        k -> new Entry(
                                Bucket.builder().addLimit(limit.bandwidth()).build(),
                                limit.period().multipliedBy(2)))
                .bucket();
    }
}
