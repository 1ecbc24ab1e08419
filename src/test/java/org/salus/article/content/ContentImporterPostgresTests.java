package org.salus.article.content;

import org.salus.testsupport.PostgresTest;

/** The content-import contract on a real PostgreSQL server (when {@code PG_URL} names one). */
@PostgresTest
class ContentImporterPostgresTests extends ContentImporterContract {}
