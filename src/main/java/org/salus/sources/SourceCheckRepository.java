package org.salus.sources;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Table {@code source_check}, and the cited URLs of live revisions (read-only on the article tables). */
@Repository
class SourceCheckRepository {

    private static final String COLUMNS = """
            url, outcome, http_status, final_url, etag, last_modified, text_hash, problem,
            first_seen, last_checked, last_changed, outcome_since""";

    private final JdbcClient jdbc;

    SourceCheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each distinct URL cited by the live revision of an article that is not retired. */
    List<String> citedUrls() {
        return jdbc.sql("""
                SELECT DISTINCT s.url FROM revision_source s
                JOIN article a ON a.published_revision_id = s.revision_id
                WHERE a.retired_at IS NULL AND s.url IS NOT NULL AND s.url <> ''
                ORDER BY s.url""").query(String.class).list();
    }

    Optional<SourceCheck> find(String url) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_check WHERE url = :url")
                .param("url", url)
                .query((rs, n) -> row(rs))
                .optional();
    }

    @Transactional
    void save(SourceCheck check) {
        int updated = jdbc.sql("""
                UPDATE source_check SET outcome = :outcome, http_status = :status, final_url = :finalUrl,
                    etag = :etag, last_modified = :lastModified, text_hash = :hash, problem = :problem,
                    last_checked = :checked, last_changed = :changed, outcome_since = :since
                WHERE url = :url""").params(params(check)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO source_check (" + COLUMNS + """
                    ) VALUES (:url, :outcome, :status, :finalUrl, :etag, :lastModified, :hash, :problem,
                        :firstSeen, :checked, :changed, :since)""")
                    .params(params(check))
                    .update();
        }
    }

    private static Map<String, Object> params(SourceCheck c) {
        Map<String, Object> p = new HashMap<>();
        p.put("url", c.url());
        p.put("outcome", c.outcome());
        p.put("status", c.httpStatus());
        p.put("finalUrl", cut(c.finalUrl(), 1000));
        p.put("etag", cut(c.etag(), 300));
        p.put("lastModified", cut(c.lastModified(), 100));
        p.put("hash", c.textHash());
        p.put("problem", cut(c.problem(), 300));
        p.put("firstSeen", utc(c.firstSeen()));
        p.put("checked", utc(c.lastChecked()));
        p.put("changed", utc(c.lastChanged()));
        p.put("since", utc(c.outcomeSince()));
        return p;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    static SourceCheck row(ResultSet rs) throws SQLException {
        return new SourceCheck(
                rs.getString("url"),
                rs.getString("outcome"),
                rs.getObject("http_status", Integer.class),
                rs.getString("final_url"),
                rs.getString("etag"),
                rs.getString("last_modified"),
                rs.getString("text_hash"),
                rs.getString("problem"),
                instant(rs, "first_seen"),
                instant(rs, "last_checked"),
                instant(rs, "last_changed"),
                instant(rs, "outcome_since"));
    }
}
