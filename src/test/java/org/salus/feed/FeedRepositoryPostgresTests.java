package org.salus.feed;

import org.salus.testsupport.PostgresTest;

/** The feed and sitemap SQL on a real PostgreSQL server; runs when {@code PG_URL} names one. */
@PostgresTest
class FeedRepositoryPostgresTests extends FeedRepositoryContract {}
