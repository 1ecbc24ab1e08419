package org.salus.limits;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes stored rate-limit buckets that have been full for a while, every ten minutes, on one
 * node of the cluster at a time. A bucket deleted is simply full the next time it is used, so a
 * late or repeated run changes no limit: the lock only saves the other nodes the work. Held at most
 * five minutes (a batch of deletes takes milliseconds; a dead node delays the next clean-up only).
 */
@Component
class ExpiredBucketCleanup {

    static final String LOCK = "limits.expired-buckets";
    static final int BATCH = 1_000;
    /** {@code @Scheduled} reads the environment, not {@link LimitsProperties}: the same key and default. */
    private static final String CLEANUP_EVERY = "${salus.limits.cleanup-every:" + LimitsProperties.CLEANUP_EVERY + "}";

    private static final Logger log = LoggerFactory.getLogger(ExpiredBucketCleanup.class);

    private final RateLimitBuckets buckets;

    ExpiredBucketCleanup(RateLimitBuckets buckets) {
        this.buckets = buckets;
    }

    @Scheduled(fixedDelayString = CLEANUP_EVERY, initialDelayString = CLEANUP_EVERY)
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT0S")
    public void run() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(BATCH);
            removed += batch;
        } while (batch == BATCH);
        if (removed > 0) {
            log.debug("Deleted {} rate-limit buckets that were full again", removed);
        }
    }
}
