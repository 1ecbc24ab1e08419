package org.salus.story;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for stories. Readers' queries name the published state explicitly ({@link #published});
 * nothing here deletes a story.
 */
@Repository
class StoryRepository {

    private static final String SELECT = """
            SELECT id, question_id, display_name, relationship, age_range, sex, body, masked_body, published_body,
                   state, urgent, submitted_at, decided_by, decision_reason, decision_note, helpful_count, decided_at,
                   redacted_body, review_requested_at
            FROM story""";

    /**
     * The moderation queue: pending stories, and published ones whose reports asked for a review.
     * "Waiting since" is when the story arrived or when the review was asked for.
     */
    private static final String QUEUE = " s " + """
             WHERE (s.state = 'pending' OR (s.state = 'published' AND s.review_requested_at IS NOT NULL))
              AND (CAST(:flag AS VARCHAR(30)) IS NULL OR EXISTS
                   (SELECT 1 FROM story_finding f WHERE f.story_id = s.id AND f.flag = :flag))
              AND (CAST(:article AS BIGINT) IS NULL OR s.question_id IN
                   (SELECT q.id FROM question q WHERE q.article_id = :article))
              AND (CAST(:before AS TIMESTAMP) IS NULL OR COALESCE(s.review_requested_at, s.submitted_at) < :before)""";

    /** What one more report made of a story's reports: how many clients, from how many networks. */
    record ReportTally(int reports, int networks) {}

    private final JdbcClient jdbc;

    StoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPending(
            long questionId,
            StoryForm form,
            String maskedBody,
            boolean urgent,
            String clientHash,
            List<StoredFinding> findings,
            Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO story (question_id, display_name, relationship, age_range, sex, body, masked_body, state,
                                   urgent, client_hash, submitted_at, helpful_count)
                VALUES (:q, :name, :rel, :age, :sex, :body, :masked, 'pending', :urgent, :client, :now, 0)""")
                .param("q", questionId)
                .param("name", form.displayName().strip())
                .param("rel", form.relationship())
                .param("age", blankToNull(form.ageRange()))
                .param("sex", blankToNull(form.sex()))
                .param("body", form.story().strip())
                .param("masked", maskedBody)
                .param("urgent", urgent)
                .param("client", clientHash)
                .param("now", utc(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (int i = 0; i < findings.size(); i++) {
            StoredFinding f = findings.get(i);
            jdbc.sql("""
                    INSERT INTO story_finding (story_id, ordinal, flag, start_offset, end_offset, excerpt, explanation)
                    VALUES (:s, :o, :flag, :start, :end, :excerpt, :explanation)""")
                    .param("s", id)
                    .param("o", i)
                    .param("flag", f.flag())
                    .param("start", f.start())
                    .param("end", f.end())
                    .param("excerpt", cut(f.excerpt(), 300))
                    .param("explanation", cut(f.explanation(), 300))
                    .update();
        }
        return id;
    }

    /** Published stories of a question, newest or most helpful first. */
    List<Story> published(long questionId, boolean mostHelpful, int offset, int limit) {
        String order = mostHelpful ? "helpful_count DESC, decided_at DESC" : "decided_at DESC, id DESC";
        return jdbc.sql(SELECT + " WHERE question_id = :q AND state = 'published' ORDER BY " + order
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("q", questionId)
                .param("offset", offset)
                .param("limit", limit)
                .query(StoryRepository::row)
                .list();
    }

    int countPublished(long questionId) {
        return jdbc.sql("SELECT COUNT(*) FROM story WHERE question_id = :q AND state = 'published'")
                .param("q", questionId)
                .query(Integer.class)
                .single();
    }

    /** The whole moderation queue (see {@link #queue}), optionally by flag or article. */
    List<Story> pending(String flag, Long articleId) {
        return queue(flag, articleId, null, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the moderation queue, urgent stories first, then those waiting longest;
     * optionally by flag, article, and only those waiting since before {@code waitingSince}.
     */
    List<Story> queue(String flag, Long articleId, Instant waitingSince, int offset, int limit) {
        return jdbc.sql(SELECT + QUEUE + " " + """
                 ORDER BY s.urgent DESC, COALESCE(s.review_requested_at, s.submitted_at) ASC, s.id ASC
                 OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("flag", flag)
                .param("article", articleId)
                .param("before", utc(waitingSince))
                .param("offset", offset)
                .param("limit", limit)
                .query(StoryRepository::row)
                .list();
    }

    /** How many stories {@link #queue} would list over all its pages. */
    int countQueue(String flag, Long articleId, Instant waitingSince) {
        return jdbc.sql("SELECT COUNT(*) FROM story" + QUEUE)
                .param("flag", flag)
                .param("article", articleId)
                .param("before", utc(waitingSince))
                .query(Integer.class)
                .single();
    }

    Optional<Story> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(StoryRepository::row)
                .optional();
    }

    List<StoredFinding> findings(long storyId) {
        return jdbc.sql("""
                SELECT flag, start_offset, end_offset, excerpt, explanation FROM story_finding
                WHERE story_id = :s ORDER BY ordinal""")
                .param("s", storyId)
                .query((rs, n) -> new StoredFinding(
                        rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /**
     * Records a moderator's decision; {@code publishedBody} is null unless the story is published.
     * A decision answers any pending request for review.
     */
    boolean decide(
            long id,
            StoryState from,
            StoryState to,
            String publishedBody,
            String moderator,
            String reason,
            String note,
            Instant now) {
        return jdbc.sql("""
                UPDATE story SET state = :to, published_body = :body, decided_by = :by, decision_reason = :reason,
                                 decision_note = :note, decided_at = :now, review_requested_at = NULL
                WHERE id = :id AND state = :from""")
                        .param("to", to.code())
                        .param("body", publishedBody)
                        .param("by", moderator)
                        .param("reason", reason)
                        .param("note", note)
                        .param("now", utc(now))
                        .param("id", id)
                        .param("from", from.code())
                        .update()
                == 1;
    }

    /** Counts a "helpful" vote once per client; false when this client already voted. */
    boolean vote(long storyId, String client, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO story_vote (story_id, client_hash, voted_at)
                SELECT :s, :c, :now FROM story WHERE id = :s AND state = 'published'
                  AND NOT EXISTS (SELECT 1 FROM story_vote WHERE story_id = :s AND client_hash = :c)""")
                .param("s", storyId)
                .param("c", client)
                .param("now", utc(now))
                .update();
        if (inserted == 1) {
            jdbc.sql("UPDATE story SET helpful_count = helpful_count + 1 WHERE id = :s")
                    .param("s", storyId)
                    .update();
        }
        return inserted == 1;
    }

    /**
     * Records a report once per client, with the client's network; returns the story's reports
     * afterwards, or empty when the report was ignored (a repeat, or the story is not published).
     */
    Optional<ReportTally> report(long storyId, String client, String network, String reason, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO story_report (story_id, client_hash, network_hash, reason, reported_at)
                SELECT :s, :c, :n, :reason, :now FROM story WHERE id = :s AND state = 'published'
                  AND NOT EXISTS (SELECT 1 FROM story_report WHERE story_id = :s AND client_hash = :c)""")
                .param("s", storyId)
                .param("c", client)
                .param("n", network)
                .param("reason", reason)
                .param("now", utc(now))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE story SET report_count = report_count + 1 WHERE id = :s")
                .param("s", storyId)
                .update();
        return Optional.of(jdbc.sql("""
                        SELECT COUNT(*), COUNT(DISTINCT COALESCE(network_hash, client_hash)) FROM story_report
                        WHERE story_id = :s""")
                .param("s", storyId)
                .query((rs, n) -> new ReportTally(rs.getInt(1), rs.getInt(2)))
                .single());
    }

    /** Asks moderators to review a published story that stays on the page; false if already asked. */
    boolean requestReview(long storyId, Instant now) {
        return jdbc.sql("""
                UPDATE story SET review_requested_at = :now
                WHERE id = :s AND state = 'published' AND review_requested_at IS NULL""").param("s", storyId).param("now", utc(now)).update() == 1;
    }

    /**
     * Answers a story's reports: a moderator looked at it, so they and any review request are
     * cleared (their count starts again from zero; who reported is not kept longer than needed).
     */
    void clearReports(long storyId) {
        jdbc.sql("DELETE FROM story_report WHERE story_id = :s")
                .param("s", storyId)
                .update();
        jdbc.sql("UPDATE story SET report_count = 0, review_requested_at = NULL WHERE id = :s")
                .param("s", storyId)
                .update();
    }

    /**
     * Keeps a moderator's redaction; a published story shows it at once. When the story's personal
     * data was already erased, the redaction also replaces the kept texts (they may hold what it
     * removed). False when the story is neither pending nor published.
     */
    boolean redact(long storyId, String text) {
        return jdbc.sql("""
                UPDATE story SET redacted_body = :text,
                       published_body = CASE WHEN state = 'published' THEN :text ELSE published_body END,
                       body = CASE WHEN erased_at IS NULL THEN body ELSE :text END,
                       masked_body = CASE WHEN erased_at IS NULL THEN masked_body ELSE :text END
                WHERE id = :s AND state IN ('pending', 'published')""").param("s", storyId).param("text", text).update() == 1;
    }

    /** Published stories decided before {@code cutoff}: due to leave the page. */
    List<Story> publishedBefore(Instant cutoff) {
        return jdbc.sql(SELECT + " WHERE state = 'published' AND decided_at < :cutoff")
                .param("cutoff", utc(cutoff))
                .query(StoryRepository::row)
                .list();
    }

    /** Stories submitted before {@code cutoff} whose personal data is not erased yet. */
    List<Long> dueForErasure(Instant cutoff) {
        return jdbc.sql("SELECT id FROM story WHERE submitted_at < :c AND erased_at IS NULL ORDER BY id")
                .param("c", utc(cutoff))
                .query(Long.class)
                .list();
    }

    /**
     * Before erasure: in redacted stories submitted before {@code cutoff}, the original and the
     * screening's masked text give way to the moderator's redaction (the masked text may still
     * hold what the moderator removed). Returns how many stories changed.
     */
    int keepOnlyRedactedText(Instant cutoff) {
        return jdbc.sql("""
                UPDATE story SET body = redacted_body, masked_body = redacted_body
                WHERE redacted_body IS NOT NULL AND submitted_at < :c AND erased_at IS NULL""").param("c", utc(cutoff)).update();
    }

    /**
     * Erases the personal data of one story from every story table: the unmasked text (and a text
     * published as written) is replaced by the masked one; the display name, age, sex, client hash
     * and moderator's note are cleared; what screening matched is dropped from the findings (flag
     * and position stay); the per-client vote and report rows go (their counts stay).
     */
    void erasePersonalData(long storyId, Instant now) {
        jdbc.sql("DELETE FROM story_vote WHERE story_id = :s")
                .param("s", storyId)
                .update();
        jdbc.sql("DELETE FROM story_report WHERE story_id = :s")
                .param("s", storyId)
                .update();
        jdbc.sql("UPDATE story_finding SET excerpt = '', explanation = '' WHERE story_id = :s")
                .param("s", storyId)
                .update();
        jdbc.sql("""
                UPDATE story SET body = masked_body,
                                 published_body = CASE WHEN published_body IS NULL THEN NULL ELSE masked_body END,
                                 display_name = '', age_range = NULL, sex = NULL, client_hash = NULL,
                                 decision_note = NULL, erased_at = :now
                WHERE id = :s""").param("s", storyId).param("now", utc(now)).update();
    }

    private static Story row(ResultSet rs, int n) throws SQLException {
        return new Story(
                rs.getLong("id"),
                rs.getLong("question_id"),
                rs.getString("display_name"),
                Relationship.fromCode(rs.getString("relationship")).orElseThrow(),
                rs.getString("age_range"),
                rs.getString("sex"),
                rs.getString("body"),
                rs.getString("masked_body"),
                rs.getString("published_body"),
                StoryState.fromCode(rs.getString("state")).orElseThrow(),
                rs.getBoolean("urgent"),
                instant(rs, "submitted_at"),
                rs.getString("decided_by"),
                rs.getString("decision_reason"),
                rs.getString("decision_note"),
                rs.getInt("helpful_count"),
                instant(rs, "decided_at"),
                rs.getString("redacted_body"),
                instant(rs, "review_requested_at"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
