package org.salus.sources;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The source watch job: checks every URL that a live revision cites, one after another, each with a
 * conditional GET carrying the validators of its last check ({@link SourceChecker}), and records what
 * it found. Runs every {@code salus.sources.check} (a day) on one node of a cluster at a time. Each
 * URL's row is saved on its own, so a run cut short keeps what it checked, and no transaction stays
 * open across the network.
 */
@Service
public class SourceWatch {

    /** The name of this job's row in the {@code shedlock} table. */
    public static final String LOCK = "sources.check";

    private static final Logger LOG = LoggerFactory.getLogger(SourceWatch.class);

    private final SourceCheckRepository checks;
    private final SourceChecker checker;
    private final boolean enabled;

    SourceWatch(SourceCheckRepository checks, SourceChecker checker, SourceWatchProperties settings) {
        this.checks = checks;
        this.checker = checker;
        this.enabled = settings.enabled();
    }

    /** Checks every cited URL once. A run on another node at the same moment skips (ShedLock). */
    @Scheduled(
            fixedDelayString = "${salus.sources.check:" + SourceWatchProperties.CHECK + "}",
            initialDelayString = "${salus.sources.check:" + SourceWatchProperties.CHECK + "}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT12H", lockAtLeastFor = "PT0S")
    public void run() {
        if (!enabled) {
            return; // salus.sources.enabled=false: the site cannot reach the sources
        }
        int count = 0;
        for (String url : checks.citedUrls()) {
            checker.check(url);
            count++;
        }
        LOG.info("Source watch checked {} cited URLs", count);
    }
}
