package org.salus.imports;

import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code article_origin}: which article each imported record became. */
@Repository
class ArticleOrigins {

    private final JdbcClient jdbc;

    ArticleOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The slug of the article that the record {@code sourceId} of {@code source} became. */
    Optional<String> slugOf(String source, String sourceId) {
        return jdbc.sql("""
                SELECT a.slug FROM article_origin o JOIN article a ON a.id = o.article_id
                WHERE o.source = :source AND o.source_id = :id""")
                .param("source", source)
                .param("id", sourceId)
                .query(String.class)
                .optional();
    }

    void insert(long articleId, String source, String sourceId, String attribution, Instant now) {
        jdbc.sql("""
                INSERT INTO article_origin (article_id, source, source_id, attribution, imported_at)
                VALUES (:article, :source, :id, :attribution, :now)""")
                .param("article", articleId)
                .param("source", source)
                .param("id", sourceId)
                .param("attribution", attribution)
                .param("now", utc(now))
                .update();
    }

    void touch(String source, String sourceId, Instant now) {
        jdbc.sql("UPDATE article_origin SET imported_at = :now WHERE source = :source AND source_id = :id")
                .param("now", utc(now))
                .param("source", source)
                .param("id", sourceId)
                .update();
    }

    /** Whether any article, or a former address of one, uses {@code slug}. */
    boolean slugInUse(String slug) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM article WHERE slug = :slug)
                     + (SELECT COUNT(*) FROM article_slug_alias WHERE slug = :slug)""").param("slug", slug).query(Integer.class).single() > 0;
    }
}
