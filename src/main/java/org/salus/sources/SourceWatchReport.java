package org.salus.sources;

import static org.salus.db.SqlTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the watch found, as editors read it: per article ({@link #forArticle}) and for the whole site
 * ({@link #all}). A source counts as changed when its text changed after the date it was cited
 * ({@code accessedOn}), or, with no such date, after the revision was published; re-citing it with a
 * later date in a new revision clears the notice.
 */
@Service
public class SourceWatchReport {

    private static final String CITED = """
            SELECT a.slug, r.title AS article_title, s.organisation, s.title AS source_title, s.url, s.accessed_on,
                   a.published_at, c.outcome, c.http_status, c.final_url, c.problem, c.last_checked, c.last_changed,
                   c.outcome_since
            FROM article a
            JOIN revision r ON r.id = a.published_revision_id
            JOIN revision_source s ON s.revision_id = r.id
            LEFT JOIN source_check c ON c.url = s.url
            WHERE a.retired_at IS NULL AND s.url IS NOT NULL AND s.url <> ''""";

    private final JdbcClient jdbc;

    SourceWatchReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The block for one article's editorial page; {@link SourcePanel#NONE} when it has no live sources. */
    public SourcePanel forArticle(long articleId) {
        List<Cited> cited = jdbc.sql(CITED + " AND a.id = :id ORDER BY s.ordinal")
                .param("id", articleId)
                .query((rs, n) -> cited(rs))
                .list();
        List<Cited> checked = cited.stream().filter(c -> c.outcome() != null).toList();
        Instant last = checked.stream()
                .map(Cited::lastChecked)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new SourcePanel(notices(cited), cited.size(), checked.size(), last);
    }

    /** Every notice of every live article, by article title. */
    List<SourceNotice> all() {
        return notices(jdbc.sql(CITED + " ORDER BY r.title, a.slug, s.ordinal")
                .query((rs, n) -> cited(rs))
                .list());
    }

    /** When the watch last checked anything, or {@code null}. */
    Instant lastRun() {
        return jdbc.sql("SELECT last_checked FROM source_check ORDER BY last_checked DESC FETCH FIRST 1 ROWS ONLY")
                .query((rs, n) -> instant(rs, 1))
                .optional()
                .orElse(null);
    }

    private static List<SourceNotice> notices(List<Cited> cited) {
        List<SourceNotice> notices = new ArrayList<>();
        for (Cited c : cited) {
            if (c.outcome() == null) {
                continue;
            }
            if (!c.outcome().equals("ok")) { // gone, moved, unreachable, refused: since when it has been so
                notices.add(c.notice(c.outcome(), c.outcomeSince()));
            }
            if (c.changedSinceCited()) {
                notices.add(c.notice("changed", c.lastChanged()));
            }
        }
        return notices;
    }

    private static Cited cited(ResultSet rs) throws SQLException {
        return new Cited(
                rs.getString("slug"),
                rs.getString("article_title"),
                rs.getString("organisation"),
                rs.getString("source_title"),
                rs.getString("url"),
                rs.getObject("accessed_on", LocalDate.class),
                instant(rs, "published_at"),
                rs.getString("outcome"),
                rs.getObject("http_status", Integer.class),
                rs.getString("final_url"),
                rs.getString("problem"),
                instant(rs, "last_checked"),
                instant(rs, "last_changed"),
                instant(rs, "outcome_since"));
    }

    /** One cited source of a live revision and its last check (the check's fields are null when there was none). */
    private record Cited(
            String slug,
            String articleTitle,
            String organisation,
            String title,
            String url,
            LocalDate accessedOn,
            Instant publishedAt,
            String outcome,
            Integer httpStatus,
            String finalUrl,
            String problem,
            Instant lastChecked,
            Instant lastChanged,
            Instant outcomeSince) {

        boolean changedSinceCited() {
            if (lastChanged == null) {
                return false;
            }
            // A change seen on the day it was cited may be the version the writer read: counted, to be safe.
            Instant cited =
                    accessedOn != null ? accessedOn.atStartOfDay(ZoneOffset.UTC).toInstant() : publishedAt;
            return cited == null || lastChanged.isAfter(cited);
        }

        SourceNotice notice(String kind, Instant since) {
            return new SourceNotice(
                    kind,
                    slug,
                    articleTitle,
                    organisation,
                    title,
                    url,
                    Objects.equals(finalUrl, url) ? null : finalUrl,
                    httpStatus,
                    problem,
                    since);
        }
    }
}
