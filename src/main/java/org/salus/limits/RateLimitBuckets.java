package org.salus.limits;

import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets by key, for the limits the site enforces (API requests, story submissions,
 * failed sign-ins). On PostgreSQL every app node counts in the same buckets
 * ({@link SharedRateLimitBuckets}), so a client limited to N gets N across the cluster, not N per
 * node; on H2, the embedded single-node database, they live in memory
 * ({@link LocalRateLimitBuckets}). {@link RateLimitConfiguration} picks one by database.
 * <p>
 * Callers prefix their keys with their feature ({@code "api:"}, {@code "story:"}, {@code "login:"})
 * so that two limiters never share a bucket by accident.
 */
public interface RateLimitBuckets {

    /** Takes one token from the bucket of {@code key}; the probe says whether there was one and, if not, how long to wait. */
    ConsumptionProbe tryConsume(String key, RateLimit limit);

    /** The tokens left in the bucket of {@code key}, without taking any. */
    long available(String key, RateLimit limit);

    /** Forgets the bucket of {@code key}: the next use starts with a full one. */
    void forget(String key, RateLimit limit);

    /**
     * Deletes up to {@code max} buckets that have been full (untouched) for a while and returns how
     * many; a database would otherwise keep a row for every address that ever called.
     */
    int removeExpired(int max);
}
