package org.salus.api.keys;

import org.salus.testsupport.PostgresTest;

/** API key storage on a real PostgreSQL server; runs when {@code PG_URL} names one, as in CI. */
@PostgresTest
class ApiKeyRepositoryPostgresTests extends ApiKeyRepositoryContract {}
