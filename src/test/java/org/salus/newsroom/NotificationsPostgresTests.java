package org.salus.newsroom;

import org.salus.testsupport.PostgresTest;

/** The newsroom's SQL on a real PostgreSQL server (run by {@code .ci/run}). */
@PostgresTest
class NotificationsPostgresTests extends NotificationsContract {}
