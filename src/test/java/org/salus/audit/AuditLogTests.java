package org.salus.audit;

/** {@link AuditLogContract} on the embedded H2 database. */
class AuditLogTests extends AuditLogContract {}
