package org.salus.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the JSON content API, {@code salus.api.*}.
 *
 * @param keyLimit        requests a client with an API key may make per {@code period}
 * @param anonymousLimit  requests per {@code period} from one client address without a key
 * @param period          the rate-limit window; tokens refill evenly over it
 */
@ConfigurationProperties("salus.api")
public record ApiSettings(
        @DefaultValue("600") Integer keyLimit,
        @DefaultValue("60") Integer anonymousLimit,
        @DefaultValue("PT1M") Duration period) {}
