package org.salus.imports.medlineplus;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds the article a MedlinePlus topic became, by the topic's id ({@code article_origin}). */
@Repository
class TopicOrigins {

    /** An imported topic's article. */
    record Imported(long articleId, String slug, String language) {}

    private final JdbcClient jdbc;

    TopicOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Imported> find(String topicId) {
        return jdbc.sql("""
                SELECT a.id, a.slug, a.language FROM article_origin o JOIN article a ON a.id = o.article_id
                WHERE o.source = :source AND o.source_id = :id""")
                .param("source", TopicToArticle.SOURCE)
                .param("id", topicId)
                .query((rs, n) -> new Imported(rs.getLong("id"), rs.getString("slug"), rs.getString("language")))
                .optional();
    }
}
