package org.salus.limits;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in PostgreSQL's {@code rate_limit_bucket} table (migration V37), shared by every app
 * node: Bucket4j's PostgreSQL proxy manager reads, changes and writes a bucket's row in one
 * transaction per request.
 * <p>
 * It is the <b>select-for-update</b> manager, not the advisory-lock one: our keys are strings
 * (addresses, user names), and the advisory-lock manager locks on a number derived from the key,
 * by default its 32-bit {@code hashCode}, so unrelated clients would wait on each other's lock and
 * share PostgreSQL's one advisory-lock space with anyone else using it (Flyway does). A row lock
 * on the key itself has neither problem; the price, an insert before the first use of a key, is
 * paid once per key.
 * <p>
 * A row is kept until its bucket has been full for {@link #KEEP_AFTER_REFILL} (Bucket4j writes
 * that time into {@code expires_at}); {@link ExpiredBucketCleanup} deletes older rows. When the
 * database cannot be reached, limits are counted in this node's memory meanwhile (logged once),
 * so a database restart neither refuses every request nor lifts the limits.
 */
final class SharedRateLimitBuckets implements RateLimitBuckets {

    static final String TABLE = "rate_limit_bucket";
    static final Duration KEEP_AFTER_REFILL = Duration.ofMinutes(1);
    /** How long a request waits for the database before it is counted in memory instead. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimitBuckets.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final LocalRateLimitBuckets fallback = new LocalRateLimitBuckets();
    private volatile boolean unreachable;

    SharedRateLimitBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                .requestTimeout(REQUEST_TIMEOUT)
                .build();
    }

    @Override
    public ConsumptionProbe tryConsume(String key, RateLimit limit) {
        return shared(
                () -> buckets.getProxy(limit.storageKey(key), limit::bucketConfiguration)
                        .tryConsumeAndReturnRemaining(1),
                () -> fallback.tryConsume(key, limit));
    }

    @Override
    public long available(String key, RateLimit limit) {
        return shared(
                () -> buckets.getProxy(limit.storageKey(key), limit::bucketConfiguration)
                        .getAvailableTokens(),
                () -> fallback.available(key, limit));
    }

    @Override
    public void forget(String key, RateLimit limit) {
        fallback.forget(key, limit);
        shared(
                () -> {
                    buckets.removeProxy(limit.storageKey(key));
                    return null;
                },
                () -> null);
    }

    @Override
    public int removeExpired(int max) {
        fallback.removeExpired(max);
        return buckets.removeExpired(max);
    }

    private <T> T shared(Supplier<T> inDatabase, Supplier<T> inMemory) {
        try {
            T result = inDatabase.get();
            if (unreachable) {
                unreachable = false;
                log.info("Rate limits are counted in the database again, shared by every node");
            }
            return result;
        } catch (RuntimeException e) {
            if (!unreachable) {
                unreachable = true;
                log.warn(
                        "Rate limits cannot reach the database ({}); counting on this node only until it answers",
                        e.toString());
            }
            return inMemory.get();
        }
    }
}
