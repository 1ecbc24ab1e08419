package org.salus.feedback;

import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.salus.db.SqlTimes;
import org.salus.feedback.FeedbackPages.ArticleCounts;
import org.salus.feedback.FeedbackPages.Entry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for {@code page_feedback}, the only table of this package. */
@Repository
class FeedbackRepository {

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page feedback was sent from. */
    record Page(long articleId, String slug, String title) {}

    long insertHelpful(Page page, boolean yes, String comment, String flags, boolean urgent, Instant now) {
        return insert(page, "helpful", yes, null, comment, flags, urgent, now);
    }

    long insertProblem(Page page, ProblemKind kind, String description, String flags, boolean urgent, Instant now) {
        return insert(page, "problem", null, kind.code(), description, flags, urgent, now);
    }

    private long insert(
            Page page,
            String kind,
            Boolean helpful,
            String problem,
            String comment,
            String flags,
            boolean urgent,
            Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO page_feedback (article_id, article_slug, article_title, kind, helpful, problem, comment_text, flags, urgent, submitted_at)
                        VALUES (:article, :slug, :title, :kind, :helpful, :problem, :comment, :flags, :urgent, :now)""")
                .param("article", page.articleId())
                .param("slug", page.slug())
                .param("title", page.title())
                .param("kind", kind)
                .param("helpful", helpful)
                .param("problem", problem)
                .param("comment", comment == null || comment.isBlank() ? null : comment.strip())
                .param("flags", flags)
                .param("urgent", urgent)
                .param("now", utc(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Every article with feedback: open problem reports first, then urgent ones, then the most "No" answers. */
    List<ArticleCounts> counts() {
        return jdbc.sql("""
                        SELECT c.*, p.article_slug, p.article_title FROM (
                        SELECT article_id, MAX(id) AS last_id,
                               SUM(CASE WHEN helpful = TRUE THEN 1 ELSE 0 END) AS yes_count,
                               SUM(CASE WHEN helpful = FALSE THEN 1 ELSE 0 END) AS no_count,
                               SUM(CASE WHEN kind = 'helpful' AND comment_text IS NOT NULL THEN 1 ELSE 0 END) AS comments,
                               SUM(CASE WHEN kind = 'problem' AND handled_at IS NULL THEN 1 ELSE 0 END) AS open_problems,
                               SUM(CASE WHEN urgent = TRUE AND handled_at IS NULL THEN 1 ELSE 0 END) AS urgent_count,
                               MAX(submitted_at) AS latest
                        FROM page_feedback
                        GROUP BY article_id) c
                        JOIN page_feedback p ON p.id = c.last_id
                        ORDER BY open_problems DESC, urgent_count DESC, no_count DESC, latest DESC, c.article_id""")
                .query((rs, n) -> new ArticleCounts(
                        rs.getLong("article_id"),
                        rs.getString("article_slug"),
                        rs.getString("article_title"),
                        rs.getInt("yes_count"),
                        rs.getInt("no_count"),
                        rs.getInt("comments"),
                        rs.getInt("open_problems"),
                        rs.getInt("urgent_count"),
                        SqlTimes.instant(rs, "latest")))
                .list();
    }

    /** One article's answers with a comment and its problem reports: open reports first, then newest first. */
    List<Entry> forArticle(long articleId, int limit) {
        return jdbc.sql("""
                        SELECT * FROM page_feedback
                        WHERE article_id = :article AND (kind = 'problem' OR comment_text IS NOT NULL)
                        ORDER BY CASE WHEN kind = 'problem' AND handled_at IS NULL THEN 0 ELSE 1 END,
                                 urgent DESC, submitted_at DESC, id DESC""").param("article", articleId).query(FeedbackRepository::entry).list().stream()
                .limit(limit)
                .toList();
    }

    /** The page an article's latest feedback came from (its title then), or empty when it has none. */
    Optional<Page> latestPage(long articleId) {
        return jdbc.sql("""
                        SELECT article_id, article_slug, article_title FROM page_feedback
                        WHERE id = (SELECT MAX(id) FROM page_feedback WHERE article_id = :article)""")
                .param("article", articleId)
                .query((rs, n) -> new Page(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    Optional<Entry> find(long id) {
        return jdbc.sql("SELECT * FROM page_feedback WHERE id = :id")
                .param("id", id)
                .query(FeedbackRepository::entry)
                .optional();
    }

    /** Marks an open entry handled; false when it was handled already (or is gone). */
    boolean markHandled(long id, String editor, Instant now) {
        return jdbc.sql("""
                        UPDATE page_feedback SET handled_at = :now, handled_by = :editor
                        WHERE id = :id AND handled_at IS NULL""")
                        .param("now", utc(now))
                        .param("editor", editor)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Deletes everything sent before {@code cutoff}; returns how many rows went. */
    int deleteSubmittedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM page_feedback WHERE submitted_at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        Object helpful = rs.getObject("helpful");
        return new Entry(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getString("kind"),
                helpful == null ? null : rs.getBoolean("helpful"),
                rs.getString("problem"),
                rs.getString("comment_text"),
                rs.getString("flags"),
                rs.getBoolean("urgent"),
                SqlTimes.instant(rs, "submitted_at"),
                SqlTimes.instant(rs, "handled_at"),
                rs.getString("handled_by"));
    }
}
