package org.salus.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on request bodies, {@code salus.request-body.*} (see {@link SlowBodyGuard}).
 *
 * @param timeout            the longest a whole request body may take to arrive
 * @param maxPerAddress      request bodies one client address may be sending at once
 * @param maxBuffered        the largest non-multipart body (forms): read into memory before the
 *                           application sees it, larger ones are refused with 413
 */
@ConfigurationProperties("salus.request-body")
public record RequestBodyProperties(Duration timeout, Integer maxPerAddress, DataSize maxBuffered) {

    public RequestBodyProperties {
        timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
        maxPerAddress = maxPerAddress == null ? 10 : maxPerAddress;
        maxBuffered = maxBuffered == null ? DataSize.ofKilobytes(256) : maxBuffered;
    }
}
