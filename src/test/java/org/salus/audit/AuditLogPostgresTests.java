package org.salus.audit;

import org.salus.testsupport.PostgresTest;

/** {@link AuditLogContract} on PostgreSQL (runs when {@code PG_URL} is set). */
@PostgresTest
class AuditLogPostgresTests extends AuditLogContract {}
