package org.salus.feed;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.salus.testsupport.Postgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The feed and sitemap SQL on a real PostgreSQL server; runs when {@code PG_URL} names one. */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FeedRepositoryPostgresTests extends FeedRepositoryContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
