package org.salus.cdn;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CDN support, {@code salus.cdn.*} (docs/cdn.md).
 *
 * @param staleWhileRevalidate how long a cache may keep serving a keyed public page past its
 *                             max-age while it fetches a fresh copy; zero leaves it out
 * @param staleIfError         how long a cache may serve a keyed public page past its max-age
 *                             while the app answers with errors or not at all; zero leaves it out
 * @param purgeFile            the purge queue: each change's keys appended as one JSON line; unset,
 *                             this node purges nothing
 * @param purgeUrl             where each queued entry's keys are POSTed; unset, the file is the only output
 * @param purgeToken           sent as {@code Authorization: Bearer ...}; never logged
 * @param purgeTimeout         how long one POST may take
 * @param purgeRetryDelay      the wait after a failed POST, doubled after each further failure
 * @param purgeRetryMaxDelay   the longest wait between retries
 */
@ConfigurationProperties("salus.cdn")
public record CdnProperties(
        @DefaultValue("60s") Duration staleWhileRevalidate,
        @DefaultValue("1d") Duration staleIfError,
        Path purgeFile,
        URI purgeUrl,
        String purgeToken,
        @DefaultValue("5s") Duration purgeTimeout,
        @DefaultValue("1s") Duration purgeRetryDelay,
        @DefaultValue("5m") Duration purgeRetryMaxDelay) {

    public CdnProperties {
        if (staleWhileRevalidate.isNegative() || staleIfError.isNegative()) {
            throw new IllegalArgumentException(
                    "salus.cdn.stale-while-revalidate and salus.cdn.stale-if-error must not be negative");
        }
        if (purgeUrl != null && purgeFile == null) {
            throw new IllegalArgumentException("salus.cdn.purge-url needs salus.cdn.purge-file: the file is the"
                    + " queue the sender works through, so no purge is lost while the CDN is unreachable");
        }
        if (purgeUrl != null && !("http".equals(purgeUrl.getScheme()) || "https".equals(purgeUrl.getScheme()))) {
            throw new IllegalArgumentException("salus.cdn.purge-url must be an http or https address");
        }
    }

    /** Keeps the token out of logs and error messages. */
    @Override
    public String toString() {
        return "CdnProperties[staleWhileRevalidate=" + staleWhileRevalidate + ", staleIfError=" + staleIfError
                + ", purgeFile=" + purgeFile + ", purgeUrl=" + purgeUrl + ", purgeToken="
                + (purgeToken == null ? "unset" : "(set)") + ", purgeTimeout=" + purgeTimeout + "]";
    }
}
