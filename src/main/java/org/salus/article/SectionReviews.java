package org.salus.article;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Review by section: a reviewer's confirmation that one section of a published revision is still
 * accurate ({@code section_review}), and the reviewers' comments of a revision's review round,
 * some of them about one section ({@code medical_review.section_anchor}).
 */
@Repository
public class SectionReviews {

    private final JdbcClient jdbc;

    SectionReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code reviewerName} confirmed the section {@code anchor} of {@code revisionId} on {@code on}. */
    void insert(long revisionId, String anchor, String reviewerName, long profileId, LocalDate on, Instant now) {
        jdbc.sql("""
                INSERT INTO section_review (revision_id, section_anchor, reviewer_name, reviewer_profile_id,
                                            reviewed_on, recorded_at)
                VALUES (:r, :anchor, :name, :profile, :on, :now)""")
                .param("r", revisionId)
                .param("anchor", anchor)
                .param("name", reviewerName)
                .param("profile", profileId)
                .param("on", on)
                .param("now", utc(now))
                .update();
    }

    /** The newest confirmation date of each confirmed section of {@code revisionId}, by anchor. */
    public Map<String, LocalDate> latestOf(long revisionId) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT section_anchor, MAX(reviewed_on) FROM section_review
                WHERE revision_id = :r GROUP BY section_anchor ORDER BY section_anchor""")
                .param("r", revisionId)
                .query((rs, n) -> dates.put(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list();
        return dates;
    }

    /**
     * The reviewers' comments of {@code revisionId}'s review round, newest first: those made on it
     * and on the article's earlier revisions since the newest approved revision before it (the
     * same round whose writers the four-eyes rule counts). Reviews without a comment are left out.
     */
    public List<ReviewComment> commentsOfRound(long revisionId) {
        return jdbc.sql("""
                SELECT t.id, t.revision_number, m.reviewer_name, m.decision, m.reviewed_on, m.recorded_at,
                       m.notes, m.section_anchor
                FROM revision r
                JOIN revision t ON t.article_id = r.article_id AND t.revision_number <= r.revision_number
                JOIN medical_review m ON m.revision_id = t.id
                WHERE r.id = :r AND m.notes IS NOT NULL AND t.revision_number > (
                    SELECT COALESCE(MAX(p.revision_number), 0) FROM revision p
                    WHERE p.article_id = r.article_id AND p.revision_number < r.revision_number
                      AND EXISTS (SELECT 1 FROM medical_review a WHERE a.revision_id = p.id AND a.decision = 'approved'))
                ORDER BY m.recorded_at DESC, m.id DESC""")
                .param("r", revisionId)
                .query((rs, n) -> new ReviewComment(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        instant(rs, "recorded_at"),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}
