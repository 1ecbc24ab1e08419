package org.salus.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test class on the PostgreSQL server named by {@code PG_URL} (with {@code PG_USER}
 * and {@code PG_PASSWORD}, both "salus" when unset) instead of the in-memory H2 database. Without
 * {@code PG_URL} the class is skipped; {@code .ci/run} and {@code scripts/pg-start.sh} set it, so in
 * CI these classes always run. Tagged {@code postgres} ({@code -Dgroups=postgres} runs only them).
 *
 * <p>The usual shape is a contract run on both databases: {@code abstract class FooContract} holds
 * the tests and the {@code @SpringBootTest}, {@code class FooTests extends FooContract} runs it on
 * H2, and {@code @PostgresTest class FooPostgresTests extends FooContract} on PostgreSQL.
 *
 * <p>Every test context (and its pool) stays open for reuse, so pools are small to keep all of them
 * within the server's connection limit. All contexts share one database, which outlives the run:
 * tests use names new on every run, or assert what holds whatever an earlier run left behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "PG_URL", matches = "jdbc:postgresql:.+")
@TestPropertySource(
        properties = {
            "spring.datasource.url=${PG_URL}",
            "spring.datasource.username=${PG_USER:salus}",
            "spring.datasource.password=${PG_PASSWORD:salus}",
            "spring.datasource.hikari.maximum-pool-size=4"
        })
public @interface PostgresTest {}
