package org.salus.article;

import static org.salus.db.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How the article repositories map columns to values: one copy of each mapping for all of them (times
 * through the shared {@link org.salus.db.SqlTimes}).
 */
final class ArticleColumns {

    private ArticleColumns() {}

    static ArticleRow articleRow(ResultSet rs, int row) throws SQLException {
        return new ArticleRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("language"),
                contentType(rs),
                rs.getObject("published_revision_id", Long.class),
                instant(rs, "published_at"));
    }

    static ContentType contentType(ResultSet rs) throws SQLException {
        return ContentType.fromCode(rs.getString("content_type")).orElseThrow();
    }

    static ContentType contentType(ResultSet rs, int column) throws SQLException {
        return ContentType.fromCode(rs.getString(column)).orElseThrow();
    }
}
