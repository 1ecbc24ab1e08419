package org.salus.audit;

import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which audit entries a person asked for; every part is optional (null: any).
 *
 * @param actor     who acted, exactly as recorded (a username, or an address for a failed sign-in burst)
 * @param action    the action code, e.g. {@code revision.published}
 * @param articleId entries about this article
 * @param subject   entries about this dictionary term (slug) or this account or key (security events)
 * @param from      entries at or after this instant
 * @param until     entries before this instant
 */
public record AuditFilter(String actor, String action, Long articleId, String subject, Instant from, Instant until) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null);

    record Where(String sql, Map<String, Object> params) {}

    /** The WHERE clause with only the parts asked for, so both H2 and PostgreSQL see typed parameters. */
    Where where() {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor != null) {
            parts.add("actor = :actor");
            params.put("actor", actor);
        }
        if (action != null) {
            parts.add("action = :action");
            params.put("action", action);
        }
        if (articleId != null && subject != null) {
            parts.add("(article_id = :article OR term_slug = :subject OR subject = :subject)");
            params.put("article", articleId);
            params.put("subject", subject);
        } else if (articleId != null) {
            parts.add("article_id = :article");
            params.put("article", articleId);
        } else if (subject != null) {
            parts.add("(term_slug = :subject OR subject = :subject)");
            params.put("subject", subject);
        }
        if (from != null) {
            parts.add("occurred_at >= :from");
            params.put("from", utc(from));
        }
        if (until != null) {
            parts.add("occurred_at < :until");
            params.put("until", utc(until));
        }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
    }
}
