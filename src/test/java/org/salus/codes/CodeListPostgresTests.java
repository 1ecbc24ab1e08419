package org.salus.codes;

import org.salus.testsupport.PostgresTest;

/** {@link CodeListContract} on PostgreSQL (run when {@code PG_URL} is set). */
@PostgresTest
class CodeListPostgresTests extends CodeListContract {}
