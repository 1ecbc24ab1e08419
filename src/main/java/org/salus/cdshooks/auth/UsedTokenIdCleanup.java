package org.salus.cdshooks.auth;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the remembered jti of tokens that have expired, every ten minutes, on one node of the cluster
 * at a time (ShedLock, like the site's other jobs). A row deleted late costs only space: an expired token is
 * refused for its {@code exp} before its jti is looked at, so the lock only saves the other nodes the work.
 */
@Component
class UsedTokenIdCleanup {

    static final String LOCK = "cdshooks.used-token-ids";

    private static final Logger log = LoggerFactory.getLogger(UsedTokenIdCleanup.class);

    private final UsedTokenIds ids;
    private final Clock clock;

    UsedTokenIdCleanup(UsedTokenIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT0S")
    public void run() {
        int removed = ids.forgetExpired(clock.instant());
        if (removed > 0) {
            log.debug("Forgot {} expired CDS client token ids", removed);
        }
    }
}
