package org.salus.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node whose database cannot be reached still limits: it counts in its own memory meanwhile,
 * rather than refusing every request (a 500) or letting every request through.
 */
class SharedRateLimitBucketsTests {

    @Test
    void withoutTheDatabaseTheLimitHoldsOnThisNode() {
        // Nothing listens on port 1: every connection is refused at once.
        SharedRateLimitBuckets buckets =
                new SharedRateLimitBuckets(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/salus"));
        RateLimit twoAnHour = new RateLimit(2, Duration.ofHours(1));

        assertThat(buckets.tryConsume("test:ip:192.0.2.7", twoAnHour).isConsumed())
                .isTrue();
        assertThat(buckets.tryConsume("test:ip:192.0.2.7", twoAnHour).isConsumed())
                .isTrue();
        assertThat(buckets.tryConsume("test:ip:192.0.2.7", twoAnHour).isConsumed())
                .isFalse();
        assertThat(buckets.available("test:ip:192.0.2.8", twoAnHour)).isEqualTo(2);
    }

    @Test
    void longKeysAndKeysPostgreSqlCannotStoreAreHashedToAFixedLength() {
        RateLimit limit = new RateLimit(5, Duration.ofMinutes(10));

        assertThat(limit.storageKey("login:account:" + "x".repeat(10_000) + "@192.0.2.1"))
                .startsWith("sha256:")
                .hasSize(71);
        assertThat(limit.storageKey("login:account:a\u0000b@192.0.2.1")).startsWith("sha256:");
        assertThat(limit.storageKey("login:account:ana@192.0.2.1")).isEqualTo("login:account:ana@192.0.2.1#5/PT10M");
    }
}
