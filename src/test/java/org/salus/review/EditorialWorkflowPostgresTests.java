package org.salus.review;

import org.salus.testsupport.PostgresTest;

/** The workflow contract on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class EditorialWorkflowPostgresTests extends EditorialWorkflowContract {}
