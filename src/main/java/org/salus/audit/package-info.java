/**
 * The audit log of editorial and administrative actions: table {@code audit_entry}. Shared plumbing:
 * features record through {@link org.salus.audit.AuditLog}; it depends on no feature.
 */
package org.salus.audit;
