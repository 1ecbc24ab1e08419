package org.salus.audit;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only record of every editorial transition. Entries are written in the same
 * transaction as the change they describe, so the log never claims what did not happen. The one
 * exception is erasure: {@link #rewriteDetails} removes personal data a detail quoted.
 */
@Repository
public class AuditLog {

    private static final String SELECT = """
            SELECT id, occurred_at, actor, action, article_id, term_slug, from_revision, to_revision, detail, subject
            FROM audit_entry""";
    private static final String NEWEST = " ORDER BY occurred_at DESC, id DESC FETCH FIRST :limit ROWS ONLY";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, Long articleId, Long fromRevision, Long toRevision, String detail) {
        insert(actor, action, articleId, null, fromRevision, toRevision, detail);
    }

    /** Records a step on a dictionary term; revisions are term revision ids. */
    public void recordTerm(
            String actor, String action, String termSlug, Long fromRevision, Long toRevision, String detail) {
        insert(actor, action, null, termSlug, fromRevision, toRevision, detail);
    }

    /**
     * Records a security event about an account or an API key: {@code subject} is the username (or
     * the key as {@code #id}) the event is about, {@code actor} who did it (for a failed sign-in
     * burst, the address it came from).
     */
    public void recordAccount(String actor, String action, String subject, String detail) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, subject, detail)
                VALUES (:at, :actor, :action, :subject, :detail)""")
                .param("at", utc(clock.instant()))
                .param("actor", clip(actor, 60))
                .param("action", action)
                .param("subject", clip(subject, 160))
                .param("detail", clip(detail, 2000))
                .update();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private void insert(
            String actor,
            String action,
            Long articleId,
            String termSlug,
            Long fromRevision,
            Long toRevision,
            String detail) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, article_id, term_slug, from_revision, to_revision,
                                         detail)
                VALUES (:at, :actor, :action, :article, :term, :from, :to, :detail)""")
                .param("at", utc(clock.instant()))
                .param("actor", actor)
                .param("action", action)
                .param("article", articleId)
                .param("term", termSlug)
                .param("from", fromRevision)
                .param("to", toRevision)
                .param("detail", detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail)
                .update();
    }

    /**
     * Rewrites the details of the entries about {@code subject} (a detail that is the subject, or
     * starts with it followed by ":"), of actions starting with {@code actionPrefix}; for erasing
     * personal data that a detail quoted. Returns how many entries changed.
     */
    public int rewriteDetails(String actionPrefix, String subject, UnaryOperator<String> rewrite) {
        List<IdAndDetail> entries = jdbc.sql("""
                SELECT id, detail FROM audit_entry
                WHERE action LIKE :prefix AND (detail = :subject OR detail LIKE :withColon)""")
                .param("prefix", actionPrefix + "%")
                .param("subject", subject)
                .param("withColon", subject + ":%")
                .query((rs, n) -> new IdAndDetail(rs.getLong(1), rs.getString(2)))
                .list();
        int changed = 0;
        for (IdAndDetail entry : entries) {
            String detail = rewrite.apply(entry.detail());
            if (!detail.equals(entry.detail())) {
                changed += jdbc.sql("UPDATE audit_entry SET detail = :d WHERE id = :id")
                        .param("d", detail)
                        .param("id", entry.id())
                        .update();
            }
        }
        return changed;
    }

    private record IdAndDetail(long id, String detail) {}

    /** How many entries match the filter. */
    public int count(AuditFilter filter) {
        var where = filter.where();
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
    }

    /** The entries matching the filter, newest first, {@code limit} of them from {@code offset}. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        var where = filter.where();
        return jdbc.sql(SELECT + where.sql()
                        + " ORDER BY occurred_at DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(where.params())
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditLog::entry)
                .list();
    }

    /** Every action recorded so far, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action")
                .query(String.class)
                .list();
    }

    /** The newest entries first, optionally for one article. */
    public List<AuditEntry> recent(Long articleId, int limit) {
        return jdbc.sql(SELECT + " WHERE (:article IS NULL OR article_id = :article)" + NEWEST)
                .param("article", articleId, java.sql.Types.BIGINT)
                .param("limit", limit)
                .query(AuditLog::entry)
                .list();
    }

    /** The newest entries first for one dictionary term. */
    public List<AuditEntry> recentForTerm(String termSlug, int limit) {
        return jdbc.sql(SELECT + " WHERE term_slug = :term" + NEWEST)
                .param("term", termSlug)
                .param("limit", limit)
                .query(AuditLog::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                instant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getObject("article_id", Long.class),
                rs.getString("term_slug"),
                rs.getObject("from_revision", Long.class),
                rs.getObject("to_revision", Long.class),
                rs.getString("detail"),
                rs.getString("subject"));
    }
}
