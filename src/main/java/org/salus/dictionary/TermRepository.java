package org.salus.dictionary;

import static org.salus.db.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.salus.article.ReaderVisibility;
import org.salus.article.RelatedArticle;
import org.salus.article.TopicListing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for dictionary terms. Importing the same source id again updates in place. */
@Repository
class TermRepository {

    private static final String SELECT = """
            SELECT id, slug, language, name, pronunciation, definition_html, short_definition, linkable, source, licence,
                   translation_of
            FROM term""";

    private final JdbcClient jdbc;

    TermRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM term").query(Integer.class).single();
    }

    /** Inserts the term or updates the one with the same source and source id; returns its id. */
    long save(TermDraft draft, String html, String shortDefinition, Instant now) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM term WHERE source = :s AND source_id = :sid")
                .param("s", draft.source())
                .param("sid", draft.sourceId())
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            update(existing.get(), draft, html, shortDefinition, now);
            return existing.get();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO term (slug, language, name, pronunciation, definition_markdown, definition_html,
                                  short_definition, linkable, source, licence, source_id, updated_at)
                VALUES (:slug, :lang, :name, :pron, :md, :html, :short, :link, :source, :licence, :sid, :now)""")
                .param("slug", draft.slug())
                .param("lang", draft.language())
                .param("name", draft.name())
                .param("pron", draft.pronunciation())
                .param("md", draft.definitionMarkdown())
                .param("html", html)
                .param("short", shortDefinition)
                .param("link", draft.linkable())
                .param("source", draft.source())
                .param("licence", draft.licence())
                .param("sid", draft.sourceId())
                .param("now", utc(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertSynonyms(id, draft.synonyms());
        return id;
    }

    /**
     * Overwrites a term's content and synonyms with {@code draft} and brings a retired term back;
     * its slug, source id and relations stay.
     */
    void update(long id, TermDraft draft, String html, String shortDefinition, Instant now) {
        jdbc.sql("""
                UPDATE term SET name = :name, language = :lang, pronunciation = :pron, definition_markdown = :md,
                    definition_html = :html, short_definition = :short, linkable = :link, source = :source,
                    licence = :licence, updated_at = :now, retired_at = NULL WHERE id = :id""")
                .param("name", draft.name())
                .param("lang", draft.language())
                .param("pron", draft.pronunciation())
                .param("md", draft.definitionMarkdown())
                .param("html", html)
                .param("short", shortDefinition)
                .param("link", draft.linkable())
                .param("source", draft.source())
                .param("licence", draft.licence())
                .param("now", utc(now))
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM term_synonym WHERE term_id = :id").param("id", id).update();
        insertSynonyms(id, draft.synonyms());
    }

    /** The id of the term with this slug, live or retired. */
    Optional<Long> idOf(String slug) {
        return jdbc.sql("SELECT id FROM term WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional();
    }

    /** A term as an editor starts from: its Markdown, synonyms and relations as slugs. */
    Optional<TermDraft> draftOf(String slug) {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.language, t.name, t.pronunciation, t.definition_markdown, t.linkable, t.source,
                       t.licence, t.source_id, e.slug AS translation_of
                FROM term t LEFT JOIN term e ON e.id = t.translation_of WHERE t.slug = :slug""")
                .param("slug", slug)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new TermDraft(
                            rs.getString("slug"),
                            rs.getString("language"),
                            rs.getString("name"),
                            rs.getString("pronunciation"),
                            rs.getString("definition_markdown"),
                            synonymsOf(id),
                            jdbc.sql("""
                                    SELECT t.slug FROM term_related_term r JOIN term t ON t.id = r.related_term_id
                                    WHERE r.term_id = :id ORDER BY t.slug""").param("id", id).query(String.class).list(),
                            jdbc.sql("SELECT article_slug FROM term_related_article WHERE term_id = :id ORDER BY 1")
                                    .param("id", id)
                                    .query(String.class)
                                    .list(),
                            rs.getBoolean("linkable"),
                            rs.getString("source"),
                            rs.getString("licence"),
                            rs.getString("source_id"),
                            rs.getString("translation_of"));
                })
                .optional();
    }

    /** Takes a term off the site; it keeps its slug and can be brought back by publishing an edit. */
    boolean retire(String slug, Instant now) {
        return jdbc.sql("UPDATE term SET retired_at = :now WHERE slug = :slug AND retired_at IS NULL")
                        .param("now", utc(now))
                        .param("slug", slug)
                        .update()
                == 1;
    }

    /** Replaces a term's related terms (by slug, unknown ones skipped) and related article slugs. */
    void relate(long termId, List<String> termSlugs, List<String> articleSlugs) {
        jdbc.sql("DELETE FROM term_related_term WHERE term_id = :id")
                .param("id", termId)
                .update();
        jdbc.sql("DELETE FROM term_related_article WHERE term_id = :id")
                .param("id", termId)
                .update();
        for (String slug : termSlugs.stream().distinct().toList()) {
            jdbc.sql("""
                    INSERT INTO term_related_term (term_id, related_term_id)
                    SELECT :id, t.id FROM term t WHERE t.slug = :slug AND t.id <> :id""").param("id", termId).param("slug", slug).update();
        }
        for (String slug : articleSlugs.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO term_related_article (term_id, article_slug) VALUES (:id, :slug)")
                    .param("id", termId)
                    .param("slug", slug)
                    .update();
        }
    }

    /**
     * Who approved the published revision of a term edited through the editorial workflow (the
     * {@code term_revision} rows of the dictionary editor), and when.
     */
    Optional<TermReview> review(String slug) {
        return jdbc.sql("""
                SELECT p.name, p.credentials, r.reviewed_on FROM term_revision r
                JOIN reviewer_profile p ON p.id = r.reviewer_profile_id
                WHERE r.slug = :slug AND r.state = 'published'""")
                .param("slug", slug)
                .query((rs, n) ->
                        new TermReview(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class)))
                .optional();
    }

    /**
     * Makes a term the translation of the English term with slug {@code englishSlug}, or of none
     * when that is {@code null} or names no English term (as unknown related terms are skipped).
     */
    void linkTranslation(long termId, String englishSlug) {
        if (englishSlug == null) {
            jdbc.sql("UPDATE term SET translation_of = NULL WHERE id = :id AND translation_of IS NOT NULL")
                    .param("id", termId)
                    .update();
            return;
        }
        jdbc.sql("""
                UPDATE term SET translation_of =
                    (SELECT e.id FROM term e WHERE e.slug = :slug AND e.language = 'en' AND e.id <> :id)
                WHERE id = :id""").param("slug", englishSlug).param("id", termId).update();
    }

    /**
     * The live terms in other languages that mean the same: for an English term its translations,
     * for a translation the English term (one per language at most).
     */
    List<Term> translations(long termId) {
        return jdbc.sql(SELECT + " t WHERE t.retired_at IS NULL AND t.id <> :id"
                        + " AND (t.translation_of = :id OR t.id = (SELECT s.translation_of FROM term s WHERE s.id = :id))"
                        + " ORDER BY t.language")
                .param("id", termId)
                .query((rs, n) -> row(rs, List.of()))
                .list();
    }

    Optional<Term> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug AND retired_at IS NULL")
                .param("slug", slug)
                .query((rs, n) -> row(rs, synonymsOf(rs.getLong("id"))))
                .optional();
    }

    List<Term> relatedTerms(long termId) {
        return jdbc.sql(SELECT + " t WHERE t.id IN (SELECT related_term_id FROM term_related_term WHERE term_id = :id)"
                        + " AND t.retired_at IS NULL ORDER BY t.name")
                .param("id", termId)
                .query((rs, n) -> row(rs, List.of()))
                .list();
    }

    /**
     * Published articles that name this term: the ones it lists, and the ones whose published text
     * links to it ({@code linking}, from {@link TermLinkIndex}); only those readers may see
     * ({@link ReaderVisibility}).
     */
    List<RelatedArticle> articlesUsing(long termId, Collection<Long> linking) {
        // Two selects joined by UNION (which drops duplicates as DISTINCT did), not one with
        // "slug IN (...) OR id IN (...)": with the OR, H2 reads every live article for each term
        // page, a quarter of a whole static edition's time; each half here is an index lookup.
        String live = """
                SELECT a.slug, r.title, r.summary, a.id
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.retired_at IS NULL AND %s AND %s AND\s""".formatted(ReaderVisibility.sql("r.id"), TopicListing.healthSql("a"));
        return jdbc.sql(live + "a.slug IN (SELECT article_slug FROM term_related_article WHERE term_id = :id)"
                        + " UNION " + live + "a.id IN (:linking) ORDER BY 2")
                .param("id", termId)
                .param("linking", linking.isEmpty() ? List.of(-1L) : linking)
                .query((rs, n) -> new RelatedArticle(rs.getLong(4), rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Live terms whose page lists one of these articles now ({@link #articlesUsing}): the terms their
     * published text links to, and those that list them by slug.
     */
    List<Long> termsListing(Collection<Long> articleIds, Collection<String> articleSlugs) {
        Set<String> linked = new TreeSet<>();
        if (!articleIds.isEmpty()) {
            jdbc.sql("""
                    SELECT s.body_html FROM revision_section s
                    JOIN article a ON a.published_revision_id = s.revision_id
                    WHERE a.id IN (:ids) AND a.retired_at IS NULL""")
                    .param("ids", articleIds)
                    .query(String.class)
                    .list()
                    .forEach(html -> TermPurgeKeys.linkedSlugs(html, linked));
        }
        Set<Long> ids = new TreeSet<>();
        if (!linked.isEmpty()) {
            ids.addAll(jdbc.sql("SELECT id FROM term WHERE slug IN (:slugs) AND retired_at IS NULL")
                    .param("slugs", linked)
                    .query(Long.class)
                    .list());
        }
        if (!articleSlugs.isEmpty()) {
            ids.addAll(jdbc.sql("SELECT term_id FROM term_related_article WHERE article_slug IN (:slugs)")
                    .param("slugs", articleSlugs)
                    .query(Long.class)
                    .list());
        }
        return List.copyOf(ids);
    }

    /** Slugs of live terms that list one of these articles by hand ({@code term_related_article}). */
    List<String> slugsRelatedTo(Collection<String> articleSlugs) {
        if (articleSlugs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT t.slug FROM term t JOIN term_related_article r ON r.term_id = t.id
                WHERE r.article_slug IN (:slugs) AND t.retired_at IS NULL ORDER BY t.slug""").param("slugs", articleSlugs).query(String.class).list();
    }

    /** Every live term with its synonyms, for the A–Z and the linker. */
    List<Term> all() {
        Map<Long, List<String>> synonyms = new HashMap<>();
        jdbc.sql("SELECT term_id, name FROM term_synonym ORDER BY term_id, ordinal")
                .query((rs, n) -> synonyms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return jdbc.sql(SELECT + " WHERE retired_at IS NULL")
                .query((rs, n) -> row(rs, synonyms.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private List<String> synonymsOf(long termId) {
        return jdbc.sql("SELECT name FROM term_synonym WHERE term_id = :id ORDER BY ordinal")
                .param("id", termId)
                .query(String.class)
                .list();
    }

    private void insertSynonyms(long termId, List<String> synonyms) {
        for (int i = 0; i < synonyms.size(); i++) {
            jdbc.sql("INSERT INTO term_synonym (term_id, ordinal, name) VALUES (:id, :o, :name)")
                    .param("id", termId)
                    .param("o", i)
                    .param("name", synonyms.get(i))
                    .update();
        }
    }

    private static Term row(ResultSet rs, List<String> synonyms) throws SQLException {
        return new Term(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("language"),
                rs.getString("name"),
                rs.getString("pronunciation"),
                rs.getString("definition_html"),
                rs.getString("short_definition"),
                rs.getBoolean("linkable"),
                rs.getString("source"),
                rs.getString("licence"),
                synonyms,
                rs.getObject("translation_of", Long.class));
    }
}
