package org.salus.article;

import static org.salus.db.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether a translation has fallen behind its original. Each revision of a translation records the
 * original's revision it was translated from ({@code revision.source_revision_id}); the translation
 * is behind when the original has since published a newer <em>clinical</em> revision. Editorial
 * changes (wording, typos, links) do not count. Publishing a translation revision made from the
 * original's current revision clears it. This is the one rule: the topic page's notice and the
 * editors' dashboard both ask here.
 */
@Repository
public class TranslationFreshness {

    // One row per live translation that is behind; :all = 1 lists them all, else only :id.
    private static final String BEHIND = """
            SELECT t.slug AS translation_slug, tr.title AS translation_title, o.slug AS original_slug,
                   o.language AS original_language, src.id AS from_revision, o.published_revision_id AS to_revision,
                   MAX(p.published_at) AS updated_at
            FROM article t
            JOIN revision tr ON tr.id = t.published_revision_id
            JOIN revision src ON src.id = tr.source_revision_id
            JOIN article o ON o.id = t.translation_of
            JOIN revision r ON r.article_id = o.id AND r.revision_number > src.revision_number
                           AND r.change_kind = 'clinical'
            JOIN revision_publication p ON p.revision_id = r.id
            WHERE t.retired_at IS NULL AND o.retired_at IS NULL AND o.published_revision_id IS NOT NULL
              AND (:all = 1 OR t.id = :id)
            GROUP BY t.slug, tr.title, o.slug, o.language, src.id, o.published_revision_id
            ORDER BY t.slug""";

    private final JdbcClient jdbc;
    private final Cache<Long, Optional<Behind>> cache;

    TranslationFreshness(JdbcClient jdbc, ContentCaches caches) {
        this.jdbc = jdbc;
        this.cache = caches.get(CachedContent.TRANSLATION_FRESHNESS);
    }

    /** The translation's live revision is behind its original: what the notice and dashboard say. */
    public record Behind(
            String translationSlug,
            String translationTitle,
            String originalSlug,
            String originalLanguage,
            long fromRevisionId,
            long toRevisionId,
            LocalDate originalUpdatedOn) {}

    /**
     * Whether the article (a translation) is behind its original; empty when fresh or not a
     * translation. Cached per article like the page itself, so a reader's request costs no query
     * and cached pages are still served while the database is away; an original's publication
     * names its translations in the change log, which drops their entries on every node.
     */
    public Optional<Behind> behind(long translationId) {
        return cache.get(translationId, this::behindNow);
    }

    /** {@link #behind(long)} asked of the database now, past the cache. */
    Optional<Behind> behindNow(long translationId) {
        // Most articles are no translation: a lookup by key answers them. The six-table query costs
        // H2 more to plan than to run, and a whole static edition asks it for every article.
        if (!isTranslation(translationId)) {
            return Optional.empty();
        }
        return jdbc.sql(BEHIND)
                .param("all", 0)
                .param("id", translationId)
                .query(TranslationFreshness::row)
                .optional();
    }

    private boolean isTranslation(long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE id = :id AND translation_of IS NOT NULL")
                        .param("id", articleId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Every live translation that is behind its original, by slug. */
    public List<Behind> allBehind() {
        return jdbc.sql(BEHIND)
                .param("all", 1)
                .param("id", -1L)
                .query(TranslationFreshness::row)
                .list();
    }

    /**
     * Records, on the translation's newest revision that names no source yet, the original's live
     * revision: a revision saved before the article named its original (an import links after it
     * saves; the editor saves, then links) was made from what the original says now.
     */
    void recordSourceOfNewest(long translationId) {
        jdbc.sql("""
                UPDATE revision SET source_revision_id = (
                    SELECT o.published_revision_id FROM article t JOIN article o ON o.id = t.translation_of
                    WHERE t.id = :t)
                WHERE id = (SELECT MAX(id) FROM revision WHERE article_id = :t) AND source_revision_id IS NULL""").param("t", translationId).update();
    }

    private static Behind row(ResultSet rs, int n) throws SQLException {
        return new Behind(
                rs.getString("translation_slug"),
                rs.getString("translation_title"),
                rs.getString("original_slug"),
                rs.getString("original_language"),
                rs.getLong("from_revision"),
                rs.getLong("to_revision"),
                instant(rs, "updated_at").atZone(ZoneOffset.UTC).toLocalDate());
    }
}
