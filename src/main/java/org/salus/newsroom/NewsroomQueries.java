package org.salus.newsroom;

import static org.salus.db.SqlTimes.instant;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hub's read-only counts of work owned by other features that have no public query for it:
 * stories waiting for a moderator (the moderation queue's own condition) and page feedback no
 * editor has handled yet. Reads only; the work is done on those features' pages.
 */
@Repository
class NewsroomQueries {

    static final int SHOWN = 10;

    private static final String WAITING_STORIES =
            " FROM story s WHERE s.state = 'pending' OR (s.state = 'published' AND s.review_requested_at IS NOT NULL)";

    private final JdbcClient jdbc;

    NewsroomQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int waitingStoryCount() {
        return jdbc.sql("SELECT COUNT(*)" + WAITING_STORIES)
                .query(Integer.class)
                .single();
    }

    /** The longest waiting first. */
    List<HubPage.WaitingStory> waitingStories() {
        return jdbc.sql("SELECT s.id, s.state, COALESCE(s.review_requested_at, s.submitted_at) AS waiting"
                        + WAITING_STORIES + " ORDER BY waiting, s.id FETCH FIRST " + SHOWN + " ROWS ONLY")
                .query((rs, n) -> new HubPage.WaitingStory(
                        rs.getLong("id"), "published".equals(rs.getString("state")), instant(rs, "waiting")))
                .list();
    }

    /** Open problem reports and unhandled comments, per article, the newest first. */
    List<HubPage.OpenFeedback> openFeedback() {
        return jdbc.sql("""
                SELECT article_id, MAX(article_title) AS title, COUNT(*) AS open_count, MAX(submitted_at) AS latest
                FROM page_feedback
                WHERE handled_at IS NULL AND (kind = 'problem' OR comment_text IS NOT NULL)
                GROUP BY article_id
                ORDER BY latest DESC, article_id""")
                .query((rs, n) -> new HubPage.OpenFeedback(
                        rs.getLong("article_id"),
                        rs.getString("title"),
                        rs.getInt("open_count"),
                        instant(rs, "latest")))
                .list();
    }
}
