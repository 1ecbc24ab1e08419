package org.salus.web;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.salus.testsupport.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link FormInputContract} on a real PostgreSQL server, which refuses NUL in text (the insert
 * failed, a 500, before control characters were refused at the edge).
 */
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
class FormInputPostgresTests extends FormInputContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
