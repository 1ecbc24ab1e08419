package org.salus.sources;

import org.salus.testsupport.PostgresTest;

/** {@link SourceWatchSqlContract} on PostgreSQL (runs when {@code PG_URL} is set). */
@PostgresTest
class SourceWatchSqlPostgresTests extends SourceWatchSqlContract {}
