package org.salus.feedback;

import org.salus.testsupport.PostgresTest;

/** The feedback SQL on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class FeedbackRepositoryPostgresTests extends FeedbackRepositoryContract {}
