package org.salus.article;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import org.salus.changes.CachedContent;
import org.salus.changes.ContentCaches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The translations a topic page links to ("En español" / "In English"): the published, not
 * retired articles linked to it in {@code article_translation} whose revision readers may see
 * ({@link ReaderVisibility}). Cached per article, like the
 * page itself, so a reader's request costs no query; dropped whenever anything is published or
 * retired (a translation may have appeared or gone) or a link changes.
 */
@Service
public class ArticleTranslations {

    private final JdbcClient jdbc;
    private final Cache<Long, List<Translation>> cache;

    ArticleTranslations(JdbcClient jdbc, ContentCaches caches) {
        this.jdbc = jdbc;
        this.cache = caches.get(CachedContent.TRANSLATIONS);
    }

    /** The published translations of the article, by language. */
    public List<Translation> of(long articleId) {
        return cache.get(
                articleId,
                id -> jdbc.sql("""
                SELECT t.language, t.slug, r.title, t.id
                FROM article_translation x
                JOIN article t ON t.id = x.translation_id
                JOIN revision r ON r.id = t.published_revision_id
                WHERE x.article_id = :id AND t.retired_at IS NULL AND %s
                ORDER BY t.language""".formatted(ReaderVisibility.sql("r.id")))
                        .param("id", id)
                        .query((rs, n) ->
                                new Translation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                        .list());
    }
}
