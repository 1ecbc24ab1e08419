package org.salus.cdshooks.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Postgres;
import org.salus.testsupport.PostgresTest;
import org.salus.testsupport.SiteTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one PostgreSQL share the replay store: the site's bean plays node A, node B is a
 * second {@link UsedTokenIds} on connections of its own, as another JVM would have. A token used on one
 * node is a replay on the other, and of calls racing with the same jti exactly one wins.
 */
@SiteTest
@PostgresTest
class UsedTokenIdsPostgresTests extends UsedTokenIdsContract {

    final UsedTokenIds nodeB = new UsedTokenIds(JdbcClient.create(Postgres.otherNode()));

    @Test
    void aJtiUsedOnOneNodeIsAReplayOnTheOther() {
        String jti = UUID.randomUUID().toString();

        assertThat(ids.firstUse(TestClients.FILE_ISSUER, jti, FixedClock.NOW.plusSeconds(300)))
                .isTrue();
        assertThat(nodeB.firstUse(TestClients.FILE_ISSUER, jti, FixedClock.NOW.plusSeconds(300)))
                .isFalse();
    }

    @Test
    void ofCallsRacingWithOneJtiOnBothNodesExactlyOneIsAccepted() throws Exception {
        String jti = UUID.randomUUID().toString();
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UsedTokenIds node = i % 2 == 0 ? ids : nodeB;
            calls.add(() -> node.firstUse(TestClients.FILE_ISSUER, jti, FixedClock.NOW.plusSeconds(300)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long accepted = 0;
            for (Future<Boolean> answer : pool.invokeAll(calls)) {
                accepted += answer.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
