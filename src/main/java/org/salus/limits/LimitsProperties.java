package org.salus.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits shared by the app nodes, {@code salus.limits.*}.
 *
 * @param cleanupEvery how often one node deletes the stored buckets (table {@code rate_limit_bucket}) that have
 *                     been full for a minute
 */
@ConfigurationProperties("salus.limits")
public record LimitsProperties(
        @DefaultValue(LimitsProperties.CLEANUP_EVERY) Duration cleanupEvery) {

    /** The default of {@code cleanupEvery}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String CLEANUP_EVERY = "PT10M";
}
