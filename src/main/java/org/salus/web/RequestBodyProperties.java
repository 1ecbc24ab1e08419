package org.salus.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
public record RequestBodyProperties(
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("10") Integer maxPerAddress,
        @DefaultValue("256KB") DataSize maxBuffered) {}
