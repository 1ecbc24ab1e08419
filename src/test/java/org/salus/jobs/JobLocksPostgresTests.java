package org.salus.jobs;

import org.salus.testsupport.PostgresTest;

/** {@link JobLocksContract} on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class JobLocksPostgresTests extends JobLocksContract {}
