package org.salus.feed;

import static org.salus.db.SqlTimes.instant;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.salus.article.ChangeKind;
import org.salus.article.ClinicalChange;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.article.PublishedArticles;
import org.salus.article.ReaderVisibility;
import org.salus.article.StoredRevisions;
import org.salus.article.Syndication;
import org.salus.article.TopicListing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only SQL for the feed and the sitemap. "Published" means what the topic, quiz and term
 * pages mean: an article that is not retired and points at a revision readers may see
 * ({@link ReaderVisibility}); a term row that is not retired. Quizzes are articles too: the feed
 * lists them beside the topics, the sitemap in files of their own ({@link TopicListing}).
 */
@Repository
class FeedRepository {

    private final JdbcClient jdbc;
    private final StoredRevisions revisions;
    private final PublishedArticles published;

    FeedRepository(JdbcClient jdbc, StoredRevisions revisions, PublishedArticles published) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.published = published;
    }

    // ---- feed ------------------------------------------------------------------------------------

    /**
     * The revisions that went live most recently, one row per revision (a revision published
     * again counts once, at its latest publication), of live articles and quizzes only; optionally
     * in one language.
     */
    List<FeedEntry> recentPublications(Optional<String> language, int limit) {
        String sql = """
                SELECT r.id AS revision_id, a.slug, a.language, a.content_type, r.title, r.summary,
                       r.change_kind,
                       MIN(p.published_at) AS first_published, MAX(p.published_at) AS last_published
                FROM revision_publication p
                JOIN revision r ON r.id = p.revision_id
                JOIN article a ON a.id = r.article_id
                WHERE a.retired_at IS NULL AND a.published_revision_id IS NOT NULL
                  AND %s AND %s %s
                GROUP BY r.id, a.slug, a.language, a.content_type, r.title, r.summary, r.change_kind
                ORDER BY last_published DESC, r.id DESC
                FETCH FIRST %d ROWS ONLY""".formatted(
                        ReaderVisibility.sql("r.id"),
                        TopicListing.healthSql("a"),
                        language.isPresent() ? "AND a.language = :language" : "",
                        limit);
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (language.isPresent()) {
            statement = statement.param("language", language.get());
        }
        List<FeedEntry> rows = statement
                .query((rs, n) -> new FeedEntry(
                        rs.getLong("revision_id"),
                        rs.getString("slug"),
                        rs.getString("language"),
                        ContentType.fromCode(rs.getString("content_type")).orElseThrow(),
                        rs.getString("title"),
                        rs.getString("summary"),
                        ChangeKind.fromCode(rs.getString("change_kind")).orElseThrow(),
                        null,
                        instant(rs, "first_published"),
                        instant(rs, "last_published"),
                        null,
                        null))
                .list();
        List<FeedEntry> entries = new ArrayList<>(rows.size());
        for (FeedEntry row : rows) {
            MedicalReview review =
                    revisions.findApprovingReview(row.revisionId()).orElse(null);
            Syndication syndication =
                    review == null ? revisions.findSyndication(row.revisionId()).orElse(null) : null;
            ClinicalChange change = published.readerChange(row.revisionId()).orElse(null); // as the page says it
            entries.add(new FeedEntry(
                    row.revisionId(),
                    row.slug(),
                    row.language(),
                    row.contentType(),
                    row.title(),
                    row.summary(),
                    row.changeKind(),
                    change,
                    row.firstPublished(),
                    row.lastPublished(),
                    review,
                    syndication));
        }
        return entries;
    }

    // ---- sitemap ---------------------------------------------------------------------------------

    private static final String LIVE = """
            FROM article a WHERE a.retired_at IS NULL AND a.published_revision_id IS NOT NULL AND %s AND\s""".formatted(ReaderVisibility.sql("a.published_revision_id"));
    /**
     * Published health topics, at {@code /topics/{slug}}, and governance pages, at their address
     * under {@code /about}: every article but quizzes.
     */
    private static final String LIVE_ARTICLES = LIVE + TopicListing.pageOrTopicSql("a");
    /** Published quizzes, at {@code /quizzes/{slug}}: their own sitemap files. */
    private static final String LIVE_QUIZZES = LIVE + TopicListing.quizSql("a");

    int publishedArticleCount() {
        return count(LIVE_ARTICLES);
    }

    Optional<Instant> latestArticlePublication() {
        return latest(LIVE_ARTICLES);
    }

    /** One page of published health topics by slug, each with its published translations. */
    List<SitemapUrl> publishedArticles(int offset, int limit) {
        return urls(LIVE_ARTICLES, offset, limit);
    }

    int publishedQuizCount() {
        return count(LIVE_QUIZZES);
    }

    Optional<Instant> latestQuizPublication() {
        return latest(LIVE_QUIZZES);
    }

    /** One page of published quizzes by slug, each with its published translations. */
    List<SitemapUrl> publishedQuizzes(int offset, int limit) {
        return urls(LIVE_QUIZZES, offset, limit);
    }

    private int count(String live) {
        return jdbc.sql("SELECT COUNT(*) " + live).query(Integer.class).single();
    }

    private Optional<Instant> latest(String live) {
        // MAX of no rows is one row holding NULL: optional(), since single() refuses a null result.
        return jdbc.sql("SELECT MAX(a.published_at) AS latest " + live)
                .query((rs, n) -> instant(rs, "latest"))
                .optional();
    }

    private List<SitemapUrl> urls(String live, int offset, int limit) {
        Map<Long, List<SitemapUrl.Alternate>> translations = new HashMap<>();
        jdbc.sql("""
                SELECT x.article_id, t.language, t.slug, t.content_type FROM article_translation x
                JOIN article t ON t.id = x.translation_id
                WHERE t.retired_at IS NULL AND t.published_revision_id IS NOT NULL AND %s
                ORDER BY x.article_id, t.language""".formatted(ReaderVisibility.sql("t.published_revision_id"))).query((ResultSet rs) -> {
            translations
                    .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new SitemapUrl.Alternate(rs.getString(2), path(rs.getString(4), rs.getString(3))));
        });
        return jdbc.sql("SELECT a.id, a.slug, a.language, a.content_type, a.published_at " + live
                        + " ORDER BY a.slug OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> {
                    String path = path(rs.getString("content_type"), rs.getString("slug"));
                    List<SitemapUrl.Alternate> others = translations.getOrDefault(rs.getLong("id"), List.of());
                    return new SitemapUrl(
                            path, instant(rs, "published_at"), withSelf(rs.getString("language"), path, others));
                })
                .list();
    }

    /** The reader's address of an article of this content type (a quiz's is under /quizzes). */
    private static String path(String contentType, String slug) {
        return TopicListing.path(ContentType.fromCode(contentType).orElse(ContentType.CONDITION), slug);
    }

    int liveTermCount() {
        return jdbc.sql("SELECT COUNT(*) FROM term WHERE retired_at IS NULL")
                .query(Integer.class)
                .single();
    }

    Optional<Instant> latestTermUpdate() {
        return jdbc.sql("SELECT MAX(updated_at) AS latest FROM term WHERE retired_at IS NULL")
                .query((rs, n) -> instant(rs, "latest"))
                .optional();
    }

    /**
     * One page of live dictionary terms by slug. A term and its translations form a group around
     * the English term ({@code translation_of}); every member lists the whole live group.
     */
    List<SitemapUrl> liveTerms(int offset, int limit) {
        Map<Long, List<SitemapUrl.Alternate>> groups = new HashMap<>();
        jdbc.sql("""
                SELECT COALESCE(t.translation_of, t.id) AS group_id, t.language, t.slug FROM term t
                WHERE t.retired_at IS NULL AND (t.translation_of IS NOT NULL
                    OR EXISTS (SELECT 1 FROM term x WHERE x.translation_of = t.id AND x.retired_at IS NULL))
                ORDER BY group_id, t.language""").query((ResultSet rs) -> {
            groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new SitemapUrl.Alternate(rs.getString(2), "/dictionary/" + rs.getString(3)));
        });
        return jdbc.sql("""
                SELECT COALESCE(translation_of, id) AS group_id, slug, updated_at FROM term
                WHERE retired_at IS NULL ORDER BY slug OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> {
                    List<SitemapUrl.Alternate> group = groups.getOrDefault(rs.getLong("group_id"), List.of());
                    return new SitemapUrl(
                            "/dictionary/" + rs.getString("slug"),
                            instant(rs, "updated_at"),
                            group.size() > 1 ? List.copyOf(group) : List.of());
                })
                .list();
    }

    private static List<SitemapUrl.Alternate> withSelf(
            String language, String path, List<SitemapUrl.Alternate> others) {
        if (others.isEmpty()) {
            return List.of();
        }
        List<SitemapUrl.Alternate> all = new ArrayList<>(others.size() + 1);
        all.add(new SitemapUrl.Alternate(language, path));
        all.addAll(others);
        return List.copyOf(all);
    }
}
