package org.salus.article;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.salus.testsupport.Postgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The published-articles contract on a real PostgreSQL server. Runs when {@code PG_URL} names one, as
 * {@code .ci/run} does after starting a private cluster.
 */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PublishedArticlesPostgresTests extends PublishedArticlesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
