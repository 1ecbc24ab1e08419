package org.salus.changes;

import java.time.Duration;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.salus.testsupport.Postgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ChangeFollowerContract} on PostgreSQL, where transaction ids tell a rolled-back position
 * from one still in flight: the gap timeout is an hour, and the rolled-back position is still
 * passed over at once.
 */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ChangeFollowerPostgresTests extends ChangeFollowerContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Override
    Duration rolledBackGapTimeout() {
        return Duration.ofHours(1);
    }
}
