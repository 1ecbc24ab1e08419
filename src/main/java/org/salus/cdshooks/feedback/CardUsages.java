package org.salus.cdshooks.feedback;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * "Shown in EHRs N times, accepted M, overridden K" for one article, over the last
 * {@value #WINDOW_DAYS} days: recent enough to reflect the article as it reads now, long enough for
 * a rarely matched article to show something. Looked up only when a template asks.
 */
@Component
public class CardUsages {

    static final int WINDOW_DAYS = 90;

    private final CardRecords records;
    private final Clock clock;

    CardUsages(CardRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public CardUsage of(long articleId) {
        return records.usage(articleId, clock.instant().minus(Duration.ofDays(WINDOW_DAYS)));
    }

    public int windowDays() {
        return WINDOW_DAYS;
    }
}
