package org.salus.review;

import org.salus.testsupport.PostgresTest;

/** Section comments and section confirmations on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class ReviewedSectionsPostgresTests extends ReviewedSectionsContract {}
