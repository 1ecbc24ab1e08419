package org.salus.article;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.salus.testsupport.Postgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The listing contract on a real PostgreSQL server; runs when {@code PG_URL} names one, as in CI. */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ArticleListingsPostgresTests extends ArticleListingsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
