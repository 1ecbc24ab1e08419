package org.salus.imports;

import org.salus.testsupport.PostgresTest;

/** {@link ImportJobStoreContract} on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class ImportJobStorePostgresTests extends ImportJobStoreContract {}
