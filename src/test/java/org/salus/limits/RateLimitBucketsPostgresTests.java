package org.salus.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Postgres;
import org.salus.testsupport.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one PostgreSQL count in the same buckets: the site's own bean plays node A, and
 * node B is a second {@link RateLimitBuckets} with its own connections and its own Bucket4j proxy
 * manager, as another JVM would have. Keys are new on every run (the database outlives the test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@PostgresTest
class RateLimitBucketsPostgresTests {

    static final RateLimit THREE_AN_HOUR = new RateLimit(3, Duration.ofHours(1));

    @Autowired
    RateLimitBuckets nodeA;

    @Autowired
    JdbcClient jdbc;

    RateLimitBuckets nodeB = RateLimitConfiguration.forDatabase(Postgres.otherNode());

    @Test
    void onPostgreSqlTheBucketsAreTheSharedOnes() {
        assertThat(nodeA).isInstanceOf(SharedRateLimitBuckets.class);
        assertThat(nodeB).isInstanceOf(SharedRateLimitBuckets.class);
    }

    @Test
    void aClientLimitedToThreeGetsThreeAcrossBothNodesNotSix() {
        String client = "test:ip:" + UUID.randomUUID();
        List<Boolean> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(nodeA.tryConsume(client, THREE_AN_HOUR).isConsumed());
            answers.add(nodeB.tryConsume(client, THREE_AN_HOUR).isConsumed());
        }

        assertThat(answers).containsExactly(true, true, true, false, false, false, false, false);
        assertThat(nodeB.tryConsume(client, THREE_AN_HOUR).getNanosToWaitForRefill())
                .isPositive();
    }

    @Test
    void whatOneNodeForgetsTheOtherForgetsToo() {
        String client = "test:account:" + UUID.randomUUID();
        nodeA.tryConsume(client, THREE_AN_HOUR);
        nodeA.tryConsume(client, THREE_AN_HOUR);
        assertThat(nodeB.available(client, THREE_AN_HOUR)).isEqualTo(1);

        nodeB.forget(client, THREE_AN_HOUR);

        assertThat(nodeA.available(client, THREE_AN_HOUR)).isEqualTo(3);
    }

    @Test
    void aChangedLimitStartsFreshBucketsInsteadOfKeepingTheStoredOne() {
        String client = "test:ip:" + UUID.randomUUID();
        nodeA.tryConsume(client, THREE_AN_HOUR);

        assertThat(nodeB.available(client, new RateLimit(10, Duration.ofHours(1))))
                .isEqualTo(10);
    }

    @Test
    void rowsCarryAnExpiryAndExpiredRowsAreDeleted() {
        String client = "test:ip:" + UUID.randomUUID();
        long before = System.currentTimeMillis();
        nodeA.tryConsume(client, THREE_AN_HOUR);
        String id = THREE_AN_HOUR.storageKey(client);

        // Full again 20 minutes after one of three tokens was taken, then kept a minute more.
        long expiresAt = jdbc.sql("SELECT expires_at FROM rate_limit_bucket WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(expiresAt)
                .isBetween(
                        before + Duration.ofMinutes(21).toMillis(),
                        System.currentTimeMillis() + Duration.ofMinutes(21).toMillis());

        jdbc.sql("UPDATE rate_limit_bucket SET expires_at = ? WHERE id = ?")
                .params(before - 1, id)
                .update();
        int removed;
        do {
            removed = nodeB.removeExpired(1_000);
        } while (removed == 1_000);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(nodeA.available(client, THREE_AN_HOUR)).isEqualTo(3);
    }
}
