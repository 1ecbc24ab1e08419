package org.salus.sources;

import java.time.Clock;

import org.springframework.stereotype.Component;

/** Checks one cited URL now, with the validators of its last check, and stores what it found. */
@Component
class SourceChecker {

    private final SourceCheckRepository checks;
    private final SafeFetcher fetcher;
    private final Clock clock;

    SourceChecker(SourceCheckRepository checks, SafeFetcher fetcher, Clock clock) {
        this.checks = checks;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    SourceCheck check(String url) {
        SourceCheck previous = checks.find(url).orElse(null);
        Fetch fetch = previous == null
                ? fetcher.fetch(url, null, null)
                : fetcher.fetch(url, previous.etag(), previous.lastModified());
        SourceCheck next = SourceCheck.after(url, previous, fetch, clock.instant());
        checks.save(next);
        return next;
    }
}
