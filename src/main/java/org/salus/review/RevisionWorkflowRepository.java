package org.salus.review;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for revision states. Editorial states are named queries ({@link #draftsBy},
 * {@link #awaitingReview}, {@link #approved}, {@link #recentlyPublished}, {@link #retiredArticles},
 * {@link #scheduledDue}), not flags tested in controllers.
 */
@Repository
class RevisionWorkflowRepository {

    private static final String SELECT = """
            SELECT w.revision_id, r.article_id, a.slug, r.revision_number, r.title, w.state, w.author_id,
                   COALESCE(u.display_name, r.author) AS author_name, w.publish_at, w.updated_at
            FROM revision_workflow w
            JOIN revision r ON r.id = w.revision_id
            JOIN article a ON a.id = r.article_id
            LEFT JOIN user_account u ON u.id = w.author_id""";

    private final JdbcClient jdbc;

    RevisionWorkflowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long revisionId, WorkflowState state, Long authorId, Instant now) {
        jdbc.sql("""
                INSERT INTO revision_workflow (revision_id, state, author_id, updated_at)
                VALUES (:r, :state, :author, :now)""")
                .param("r", revisionId)
                .param("state", state.code())
                .param("author", authorId)
                .param("now", utc(now))
                .update();
    }

    /** Moves a revision to {@code state}; inserts the row for revisions that came by import. */
    void setState(long revisionId, WorkflowState state, Instant publishAt, Instant now) {
        int updated = jdbc.sql("""
                UPDATE revision_workflow SET state = :state, publish_at = :at, updated_at = :now
                WHERE revision_id = :r""")
                .param("state", state.code())
                .param("at", utc(publishAt))
                .param("now", utc(now))
                .param("r", revisionId)
                .update();
        if (updated == 0) {
            insert(revisionId, state, null, now);
            if (publishAt != null) {
                setState(revisionId, state, publishAt, now);
            }
        }
    }

    /** Records that {@code revisionId} is a copy of the older revision {@code restoredFrom}. */
    void markRestoredFrom(long revisionId, long restoredFrom) {
        jdbc.sql("UPDATE revision_workflow SET restored_from = :from WHERE revision_id = :r")
                .param("from", restoredFrom)
                .param("r", revisionId)
                .update();
    }

    /**
     * Who wrote the text of {@code revisionId} since it was last approved: the writer of each
     * revision of the article after the newest approved revision before it, up to and including
     * it, with the revision each was restored from (null when none). Writers are null for
     * revisions that came by import.
     */
    List<TextAuthors.Contribution> contributionsSinceLastApproval(long revisionId) {
        return jdbc.sql("""
                SELECT w.author_id, w.restored_from
                FROM revision r
                JOIN revision t ON t.article_id = r.article_id AND t.revision_number <= r.revision_number
                LEFT JOIN revision_workflow w ON w.revision_id = t.id
                WHERE r.id = :r AND t.revision_number > (
                    SELECT COALESCE(MAX(p.revision_number), 0) FROM revision p
                    WHERE p.article_id = r.article_id AND p.revision_number < r.revision_number
                      AND EXISTS (SELECT 1 FROM medical_review m WHERE m.revision_id = p.id AND m.decision = 'approved'))""")
                .param("r", revisionId)
                .query((rs, n) ->
                        new TextAuthors.Contribution(rs.getObject(1, Long.class), rs.getObject(2, Long.class)))
                .list();
    }

    Optional<WorkflowRow> find(long revisionId) {
        return jdbc.sql(SELECT + " WHERE w.revision_id = :r")
                .param("r", revisionId)
                .query(RevisionWorkflowRepository::row)
                .optional();
    }

    /**
     * Revisions still in the workflow but older than their article's live revision: a newer text
     * went live on top of them, so they are stale and left out of the desk's lists.
     */
    private static final String NOT_BEHIND_LIVE = " AND NOT EXISTS (SELECT 1 FROM revision live"
            + " WHERE live.id = a.published_revision_id AND live.revision_number > r.revision_number)";

    /** A writer's open drafts, including those sent back with changes requested. */
    List<WorkflowRow> draftsBy(long authorId) {
        return list(
                " WHERE w.author_id = :user AND w.state IN ('draft', 'changes-requested')" + NOT_BEHIND_LIVE, authorId);
    }

    List<WorkflowRow> awaitingReview() {
        return list(" WHERE w.state = 'submitted'" + NOT_BEHIND_LIVE, null);
    }

    List<WorkflowRow> approved() {
        return list(" WHERE w.state IN ('approved', 'scheduled')" + NOT_BEHIND_LIVE, null);
    }

    /** The ten newest publications of articles that are still on the site. */
    List<WorkflowRow> recentlyPublished() {
        return jdbc.sql(SELECT + " WHERE w.state = 'published' AND a.retired_at IS NULL"
                        + " ORDER BY w.updated_at DESC FETCH FIRST 10 ROWS ONLY")
                .query(RevisionWorkflowRepository::row)
                .list();
    }

    /** Articles taken off the site, newest retirement first, with the title they last had live. */
    List<RetiredArticle> retiredArticles() {
        return jdbc.sql("""
                SELECT a.slug, COALESCE(r.title, a.slug) AS title, a.retired_at, a.retired_reason
                FROM article a LEFT JOIN revision r ON r.id = a.published_revision_id
                WHERE a.retired_at IS NOT NULL
                ORDER BY a.retired_at DESC, a.slug FETCH FIRST 50 ROWS ONLY""")
                .query((rs, n) -> new RetiredArticle(
                        rs.getString("slug"),
                        rs.getString("title"),
                        instant(rs, "retired_at"),
                        rs.getString("retired_reason")))
                .list();
    }

    /**
     * Moves the article's open revisions older than revision {@code number} (just published) to
     * superseded: a newer text is live, so submitting, approving or publishing them would roll the
     * page back. Returns how many moved.
     */
    int supersedeOpenRevisionsBefore(long articleId, int number, Instant now) {
        return jdbc.sql("""
                UPDATE revision_workflow SET state = 'superseded', publish_at = NULL, updated_at = :now
                WHERE state IN ('draft', 'submitted', 'changes-requested', 'approved', 'scheduled')
                  AND revision_id IN (SELECT id FROM revision WHERE article_id = :a AND revision_number < :n)""")
                .param("now", utc(now))
                .param("a", articleId)
                .param("n", number)
                .update();
    }

    List<WorkflowRow> scheduledDue(Instant now) {
        return jdbc.sql(SELECT + " WHERE w.state = 'scheduled' AND w.publish_at <= :now ORDER BY w.publish_at")
                .param("now", utc(now))
                .query(RevisionWorkflowRepository::row)
                .list();
    }

    /** The newest revision number of an article, for optimistic locking of edits. */
    int latestRevisionNumber(long articleId) {
        return jdbc.sql("SELECT COALESCE(MAX(revision_number), 0) FROM revision WHERE article_id = :a")
                .param("a", articleId)
                .query(Integer.class)
                .single();
    }

    /** Published, not retired articles whose next review is due on or before {@code date}. */
    List<ReviewDue> reviewsDueBy(LocalDate date) {
        return jdbc.sql("""
                SELECT a.slug, r.title, MAX(m.next_review_due) AS due
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                JOIN medical_review m ON m.revision_id = r.id AND m.decision = 'approved'
                WHERE a.retired_at IS NULL
                GROUP BY a.slug, r.title
                HAVING MAX(m.next_review_due) <= :date
                ORDER BY due""")
                .param("date", date)
                .query((rs, n) -> new ReviewDue(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    private List<WorkflowRow> list(String where, Long user) {
        var sql = jdbc.sql(SELECT + where + " ORDER BY w.updated_at DESC");
        if (user != null) {
            sql = sql.param("user", user);
        }
        return sql.query(RevisionWorkflowRepository::row).list();
    }

    private static WorkflowRow row(ResultSet rs, int n) throws SQLException {
        return new WorkflowRow(
                rs.getLong("revision_id"),
                rs.getLong("article_id"),
                rs.getString("slug"),
                rs.getInt("revision_number"),
                rs.getString("title"),
                WorkflowState.fromCode(rs.getString("state")).orElseThrow(),
                rs.getObject("author_id", Long.class),
                rs.getString("author_name"),
                instant(rs, "publish_at"),
                instant(rs, "updated_at"));
    }
}
