package org.salus.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the JSON content API, {@code salus.api.*}.
 *
 * @param keyLimit        requests a client with an API key may make per {@code period}
 * @param anonymousLimit  requests per {@code period} from one client address without a key
 * @param period          the rate-limit window; tokens refill evenly over it
 */
@ConfigurationProperties("salus.api")
public record ApiSettings(Integer keyLimit, Integer anonymousLimit, Duration period) {

    public ApiSettings {
        keyLimit = keyLimit == null ? 600 : keyLimit;
        anonymousLimit = anonymousLimit == null ? 60 : anonymousLimit;
        period = period == null ? Duration.ofMinutes(1) : period;
    }
}
