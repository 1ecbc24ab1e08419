package org.salus.article;

import static org.salus.article.ArticleColumns.contentType;
import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published articles for other systems: the JSON content API's filtered, paged listing and the HL7
 * Infobutton's look-up by code, with the code-system tables both need. Like the pages, they list
 * only live articles whose revision {@link ReaderVisibility} allows.
 */
@Repository
public class ArticleListings {

    private final JdbcClient jdbc;

    ArticleListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- listings (JSON content API) -------------------------------------------------------------

    /**
     * Published articles matching {@code filter}, in slug order, after the slug {@code afterSlug}
     * (null: from the start), at most {@code limit}. Keyset paging by the unique slug keeps pages
     * stable while articles are published. Like {@link PublishedArticles#findPublished}, only
     * revisions {@link ReaderVisibility} allows are listed.
     */
    public List<PublishedListing> publishedListing(ListingFilter filter, String afterSlug, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.slug, a.language, a.content_type, r.title, r.summary, a.published_at,
                       CASE WHEN %s THEN FALSE ELSE TRUE END AS syndicated
                """.formatted(ReaderVisibility.approvedSql("r.id")));
        Map<String, Object> params = new HashMap<>();
        sql.append(listingWhere(filter, params));
        if (afterSlug != null) {
            sql.append(" AND a.slug > :after");
            params.put("after", afterSlug);
        }
        sql.append(" ORDER BY a.slug FETCH FIRST :limit ROWS ONLY");
        params.put("limit", limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new PublishedListing(
                        rs.getString(1),
                        rs.getString(2),
                        contentType(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs, "published_at"),
                        rs.getBoolean(7)))
                .list();
    }

    /** How many published articles match {@code filter}. */
    public int countPublished(ListingFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) " + listingWhere(filter, params))
                .params(params)
                .query(Integer.class)
                .single();
    }

    private static String listingWhere(ListingFilter filter, Map<String, Object> params) {
        StringBuilder where =
                new StringBuilder("""
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.retired_at IS NULL""" + " AND " + ReaderVisibility.sql("r.id") + " AND " + TopicListing.sql("a"));
        if (filter.language() != null) {
            where.append(" AND a.language = :language");
            params.put("language", filter.language());
        }
        if (filter.type() != null) {
            where.append(" AND a.content_type = :type");
            params.put("type", filter.type().code());
        }
        if (TopicIndex.DIGITS.equals(filter.letter())) {
            where.append(" AND SUBSTRING(a.slug, 1, 1) BETWEEN '0' AND '9'");
        } else if (filter.letter() != null) {
            where.append(" AND a.slug LIKE :letter");
            params.put("letter", filter.letter().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.codeSystem() != null && filter.code() != null) {
            where.append("""
                     AND EXISTS (SELECT 1 FROM revision_code c WHERE c.revision_id = r.id AND c.code_system = :system
                                 AND (c.code = :code OR REPLACE(c.code, '.', '') = :plainCode))""");
            params.put("system", filter.codeSystem());
            params.put("code", filter.code());
            params.put("plainCode", filter.code().replace(".", ""));
        }
        if (filter.updatedSince() != null) {
            where.append(" AND a.published_at >= :since");
            params.put("since", utc(filter.updatedSince()));
        }
        return where.toString();
    }

    /** Each code system's id with its HL7 OID, e.g. ICD-10-CM → 2.16.840.1.113883.6.90. */
    public Map<String, String> codeSystemOids() {
        return jdbc.sql("SELECT id, oid FROM code_system ORDER BY id").query(rs -> {
            Map<String, String> oids = new LinkedHashMap<>();
            while (rs.next()) {
                oids.put(rs.getString(1), rs.getString(2));
            }
            return oids;
        });
    }

    /**
     * Each code system's HL7 OID by its FHIR URI, e.g. http://hl7.org/fhir/sid/icd-10-cm →
     * 2.16.840.1.113883.6.90: how FHIR codings (CDS Hooks) name the systems knowledge requests give as OIDs.
     */
    public Map<String, String> codeSystemOidsByUri() {
        Map<String, String> oids = new HashMap<>();
        jdbc.sql("SELECT uri, oid FROM code_system").query((ResultSet rs) -> {
            oids.put(rs.getString(1), rs.getString(2));
        });
        return oids;
    }

    // ---- codes (HL7 Infobutton) ------------------------------------------------------------------

    /** Code-system ids ("ICD-10-CM", ...) by OID, the name knowledge requests give a system. */
    public Map<String, String> codeSystemIdsByOid() {
        Map<String, String> systems = new HashMap<>();
        jdbc.sql("SELECT oid, id FROM code_system").query((ResultSet rs) -> {
            systems.put(rs.getString(1), rs.getString(2));
        });
        return systems;
    }

    /**
     * Live articles in {@code language} whose published revision carries one of {@code codes}
     * (exactly as stored) of {@code system}, with the code that matched. Only what readers can
     * see: a published, unretired revision that a reviewer approved or that is labelled syndicated.
     */
    public List<CodedArticle> findPublishedByCodes(String system, Collection<String> codes, String language) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT a.slug, a.language, r.title, r.summary, a.published_at, c.code, c.display,
                       CASE WHEN %1$s THEN 1 ELSE 0 END
                FROM revision_code c
                JOIN article a ON a.published_revision_id = c.revision_id
                JOIN revision r ON r.id = a.published_revision_id
                WHERE c.code_system = :system AND c.code IN (:codes) AND a.language = :language
                  AND a.retired_at IS NULL AND %2$s
                ORDER BY r.title, a.slug""".formatted(ReaderVisibility.approvedSql("r.id"), ReaderVisibility.sql("r.id")))
                .param("system", system)
                .param("codes", codes)
                .param("language", language)
                .query(ArticleListings::codedArticle)
                .list();
    }

    /**
     * Live articles in {@code language} that translate an article in another language whose
     * published revision carries one of {@code codes} of {@code system}: the translation group
     * ({@code article_translation}) answers for the original, so a Spanish request for a code only
     * the English article carries finds its Spanish translation. The code is the original's;
     * title, summary, date and review are the translation's, with the same visibility rules as
     * {@link #findPublishedByCodes} for both articles.
     */
    public List<CodedArticle> findPublishedTranslationsByCodes(
            String system, Collection<String> codes, String language) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT t.slug, t.language, tr.title, tr.summary, t.published_at, c.code, c.display,
                       CASE WHEN %1$s THEN 1 ELSE 0 END
                FROM revision_code c
                JOIN article a ON a.published_revision_id = c.revision_id
                JOIN article_translation x ON x.article_id = a.id
                JOIN article t ON t.id = x.translation_id
                JOIN revision tr ON tr.id = t.published_revision_id
                WHERE c.code_system = :system AND c.code IN (:codes)
                  AND t.language = :language AND a.language <> :language
                  AND a.retired_at IS NULL AND %2$s AND t.retired_at IS NULL AND %3$s
                ORDER BY tr.title, t.slug""".formatted(
                                ReaderVisibility.approvedSql("tr.id"),
                                ReaderVisibility.sql("a.published_revision_id"),
                                ReaderVisibility.sql("tr.id")))
                .param("system", system)
                .param("codes", codes)
                .param("language", language)
                .query(ArticleListings::codedArticle)
                .list();
    }

    /** A row of the two code queries: slug, language, title, summary, published_at, code, display, approved. */
    private static CodedArticle codedArticle(ResultSet rs, int row) throws java.sql.SQLException {
        return new CodedArticle(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                instant(rs, "published_at"),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8) == 1);
    }
}
