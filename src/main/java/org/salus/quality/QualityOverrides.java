package org.salus.quality;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded reasons for publishing below the quality limit (table {@code quality_override}). */
@Repository
public class QualityOverrides {

    /** One recorded reason. */
    public record Override(long revisionId, int score, int minScore, String reason, String recordedBy, Instant at) {}

    private final JdbcClient jdbc;

    QualityOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Override override) {
        jdbc.sql("""
                INSERT INTO quality_override (revision_id, score, min_score, reason, recorded_by, recorded_at)
                VALUES (:revision, :score, :min, :reason, :by, :at)
                """)
                .param("revision", override.revisionId())
                .param("score", override.score())
                .param("min", override.minScore())
                .param("reason", override.reason())
                .param("by", override.recordedBy())
                .param("at", utc(override.at()))
                .update();
    }

    /** A revision's recorded reasons, oldest first. */
    public List<Override> of(long revisionId) {
        return jdbc.sql("""
                SELECT revision_id, score, min_score, reason, recorded_by, recorded_at
                FROM quality_override WHERE revision_id = :revision ORDER BY id
                """)
                .param("revision", revisionId)
                .query((rs, n) -> new Override(
                        rs.getLong("revision_id"),
                        rs.getInt("score"),
                        rs.getInt("min_score"),
                        rs.getString("reason"),
                        rs.getString("recorded_by"),
                        instant(rs, "recorded_at")))
                .list();
    }
}
