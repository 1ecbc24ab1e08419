package org.salus.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** How the article repositories map columns to values: one copy of each mapping for all of them. */
final class ArticleColumns {

    private ArticleColumns() {
    }

    static ArticleRow articleRow(ResultSet rs, int row) throws SQLException {
        return new ArticleRow(rs.getLong("id"), rs.getString("slug"), rs.getString("language"), contentType(rs),
                rs.getObject("published_revision_id", Long.class), instant(rs, "published_at"));
    }

    static ContentType contentType(ResultSet rs) throws SQLException {
        return ContentType.fromCode(rs.getString("content_type")).orElseThrow();
    }

    static ContentType contentType(ResultSet rs, int column) throws SQLException {
        return ContentType.fromCode(rs.getString(column)).orElseThrow();
    }

    // Times are stored as UTC in TIMESTAMP columns, which H2 and PostgreSQL both keep as written.
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
