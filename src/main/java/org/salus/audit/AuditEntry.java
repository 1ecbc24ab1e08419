package org.salus.audit;

import java.time.Instant;

/**
 * One recorded editorial action: who, when, what, on which article or dictionary term, and from
 * which revision to which. Security events name the account or key they are about in {@code subject}
 * (null on editorial steps).
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        Long articleId,
        String termSlug,
        Long fromRevision,
        Long toRevision,
        String detail,
        String subject) {}
