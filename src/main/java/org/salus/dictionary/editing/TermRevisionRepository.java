package org.salus.dictionary.editing;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.salus.dictionary.TermDraft;
import org.salus.review.WorkflowState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for term revisions. Editorial states are named queries ({@link #draftsBy},
 * {@link #awaitingReview}, {@link #approved}), as for articles.
 */
@Repository
class TermRevisionRepository {

    private static final String SELECT = """
            SELECT t.id, t.slug, t.revision_number, t.language, t.name, t.pronunciation, t.definition_markdown,
                   t.synonyms, t.related_terms, t.related_articles, t.linkable, t.source, t.licence, t.translation_of, t.change_note,
                   t.state, t.author_id, u.display_name AS author_name, p.name AS reviewer, t.reviewed_on,
                   t.review_notes, t.updated_at
            FROM term_revision t
            LEFT JOIN user_account u ON u.id = t.author_id
            LEFT JOIN reviewer_profile p ON p.id = t.reviewer_profile_id""";

    private final JdbcClient jdbc;

    TermRevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new draft revision; a concurrent save of the same number fails on its unique key. */
    long insert(TermDraft draft, int number, String changeNote, long authorId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO term_revision (slug, revision_number, language, name, pronunciation, definition_markdown,
                    synonyms, related_terms, related_articles, linkable, source, licence, translation_of, change_note,
                    state, author_id, created_at, updated_at)
                VALUES (:slug, :n, :lang, :name, :pron, :md, :syn, :rt, :ra, :link, :source, :licence, :tr, :note,
                    'draft', :author, :now, :now)""")
                .param("slug", draft.slug())
                .param("n", number)
                .param("lang", draft.language())
                .param("name", draft.name())
                .param("pron", draft.pronunciation())
                .param("md", draft.definitionMarkdown())
                .param("syn", String.join("\n", draft.synonyms()))
                .param("rt", String.join("\n", draft.relatedTerms()))
                .param("ra", String.join("\n", draft.relatedArticles()))
                .param("link", draft.linkable())
                .param("source", draft.source())
                .param("licence", draft.licence())
                .param("tr", draft.translationOf())
                .param("note", changeNote)
                .param("author", authorId)
                .param("now", utc(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void setState(long id, WorkflowState state, Instant now) {
        jdbc.sql("UPDATE term_revision SET state = :state, updated_at = :now WHERE id = :id")
                .param("state", state.code())
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    /** Records who reviewed the revision, when, and what they said. */
    void review(long id, long reviewerProfileId, LocalDate on, String notes) {
        jdbc.sql(
                        "UPDATE term_revision SET reviewer_profile_id = :p, reviewed_on = :on, review_notes = :notes WHERE id = :id")
                .param("p", reviewerProfileId)
                .param("on", on)
                .param("notes", notes)
                .param("id", id)
                .update();
    }

    /** The published revisions of a term become superseded when a newer one is published. */
    void supersedePublished(String slug, Instant now) {
        jdbc.sql(
                        "UPDATE term_revision SET state = 'superseded', updated_at = :now WHERE slug = :slug AND state = 'published'")
                .param("now", utc(now))
                .param("slug", slug)
                .update();
    }

    /**
     * The accounts that wrote text in {@code revisionId}, for the four-eyes rule: the writer of each
     * revision of the term after the newest approved one before it, up to and including it. Edits
     * start from the newest revision, so these are everyone whose unreviewed text it may carry;
     * imported revisions (no writer) add nobody. Terms have no restore, so unlike articles'
     * {@code TextAuthors} there is no older revision's text to follow.
     */
    Set<Long> authorsSinceLastApproval(long revisionId) {
        return new HashSet<>(
                jdbc.sql("""
                SELECT DISTINCT t.author_id
                FROM term_revision r
                JOIN term_revision t ON t.slug = r.slug AND t.revision_number <= r.revision_number
                WHERE r.id = :r AND t.author_id IS NOT NULL AND t.revision_number > (
                    SELECT COALESCE(MAX(p.revision_number), 0) FROM term_revision p
                    WHERE p.slug = r.slug AND p.revision_number < r.revision_number
                      AND p.state IN ('approved', 'scheduled', 'published', 'superseded'))""").param("r", revisionId).query(Long.class).list());
    }

    Optional<TermRevision> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id")
                .param("id", id)
                .query(TermRevisionRepository::row)
                .optional();
    }

    /** The newest revision number of a term (0 when it has none), for optimistic locking of edits. */
    int latestNumber(String slug) {
        return jdbc.sql("SELECT COALESCE(MAX(revision_number), 0) FROM term_revision WHERE slug = :slug")
                .param("slug", slug)
                .query(Integer.class)
                .single();
    }

    List<TermRevision> revisionsOf(String slug) {
        return jdbc.sql(SELECT + " WHERE t.slug = :slug ORDER BY t.revision_number DESC")
                .param("slug", slug)
                .query(TermRevisionRepository::row)
                .list();
    }

    List<TermRevision> draftsBy(long authorId) {
        return jdbc.sql(SELECT + " WHERE t.author_id = :user AND t.state IN ('draft', 'changes-requested')" + NEWEST)
                .param("user", authorId)
                .query(TermRevisionRepository::row)
                .list();
    }

    List<TermRevision> awaitingReview() {
        return jdbc.sql(SELECT + " WHERE t.state = 'submitted'" + NEWEST)
                .query(TermRevisionRepository::row)
                .list();
    }

    List<TermRevision> approved() {
        return jdbc.sql(SELECT + " WHERE t.state = 'approved'" + NEWEST)
                .query(TermRevisionRepository::row)
                .list();
    }

    private static final String NEWEST = " ORDER BY t.updated_at DESC, t.id DESC";

    private static TermRevision row(ResultSet rs, int n) throws SQLException {
        TermDraft draft = new TermDraft(
                rs.getString("slug"),
                rs.getString("language"),
                rs.getString("name"),
                rs.getString("pronunciation"),
                rs.getString("definition_markdown"),
                lines(rs, "synonyms"),
                lines(rs, "related_terms"),
                lines(rs, "related_articles"),
                rs.getBoolean("linkable"),
                rs.getString("source"),
                rs.getString("licence"),
                rs.getString("slug"),
                rs.getString("translation_of"));
        return new TermRevision(
                rs.getLong("id"),
                rs.getInt("revision_number"),
                draft,
                rs.getString("change_note"),
                WorkflowState.fromCode(rs.getString("state")).orElseThrow(),
                rs.getObject("author_id", Long.class),
                rs.getString("author_name"),
                rs.getString("reviewer"),
                rs.getObject("reviewed_on", LocalDate.class),
                rs.getString("review_notes"),
                instant(rs, "updated_at"));
    }

    private static List<String> lines(ResultSet rs, String column) throws SQLException {
        return rs.getString(column).lines().filter(line -> !line.isBlank()).toList();
    }
}
