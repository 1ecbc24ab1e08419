package org.salus.image;

import org.salus.testsupport.PostgresTest;

/** {@link ImageStoreContract} on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class ImageStorePostgresTests extends ImageStoreContract {}
