package org.salus.dictionary;

import org.salus.testsupport.PostgresTest;

/**
 * The term repository contract on a real PostgreSQL server. Runs when {@code PG_URL} names one,
 * as {@code .ci/run} does after starting a private cluster.
 */
@PostgresTest
class TermRepositoryPostgresTests extends TermRepositoryContract {}
