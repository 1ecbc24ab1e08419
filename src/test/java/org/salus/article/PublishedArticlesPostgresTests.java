package org.salus.article;

import org.salus.testsupport.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The published-articles contract on a real PostgreSQL server. Runs when {@code PG_URL} names one, as
 * {@code .ci/run} does after starting a private cluster.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PublishedArticlesPostgresTests extends PublishedArticlesContract {}
