package org.salus.sources;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Source watch settings, {@code salus.sources.*}.
 *
 * @param enabled whether the daily job runs at all: off for a site with no way out to the internet,
 *     where every source would read "unreachable"
 * @param check how often the cited sources are checked (one node of a cluster at a time)
 * @param connectTimeout how long to wait for a source's server to accept the connection
 * @param timeout how long one request may take in all, body included; a slower source is unreachable
 * @param maxBytes how much of a page is read; the rest is left unread (the hash covers what was read)
 * @param perHost the least time between two requests to the same host
 * @param allowedPrivateHosts hosts that may resolve to private, loopback or link-local addresses
 *     (for tests and intranet sources); empty: none may
 */
@ConfigurationProperties("salus.sources")
public record SourceWatchProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(SourceWatchProperties.CHECK) Duration check,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT20S") Duration timeout,
        @DefaultValue("2MB") DataSize maxBytes,
        @DefaultValue("PT5S") Duration perHost,
        @DefaultValue List<String> allowedPrivateHosts) {

    /** The default of {@code check}, also read by {@code @Scheduled}, which cannot see this record. */
    static final String CHECK = "P1D";
}
