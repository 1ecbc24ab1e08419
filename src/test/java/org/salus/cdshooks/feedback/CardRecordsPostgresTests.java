package org.salus.cdshooks.feedback;

import org.salus.testsupport.PostgresTest;

/** The feedback SQL on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class CardRecordsPostgresTests extends CardRecordsContract {}
