package org.salus.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test context at the PostgreSQL server named by {@code PG_URL} (with {@code PG_USER}
 * and {@code PG_PASSWORD}), as {@code .ci/run} provides. Test classes using it carry
 * {@code @EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")}.
 */
public final class Postgres {

    private Postgres() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("PG_URL"));
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("PG_USER", "salus"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("PG_PASSWORD", "salus"));
        // Spring keeps every test context (and its pool) open for reuse: small pools keep them
        // all within the server's connection limit.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    }
}
