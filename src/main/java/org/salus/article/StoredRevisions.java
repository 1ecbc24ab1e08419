package org.salus.article;

import static org.salus.db.SqlTimes.instant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads stored articles and their revisions whether or not readers may see them: for editors,
 * importers and the write side (an article by slug, a draft to edit, a revision's history and
 * reviews). Nothing here applies {@link ReaderVisibility}: pages for readers are built by
 * {@link PublishedArticles} and {@link ArticleListings}.
 */
@Repository
public class StoredRevisions {

    private final JdbcClient jdbc;

    StoredRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- articles --------------------------------------------------------------------------------

    /** The article stored under {@code slug}, published, retired or neither. */
    public Optional<ArticleRow> findBySlug(String slug) {
        return jdbc.sql("""
                SELECT id, slug, language, content_type, published_revision_id, published_at
                FROM article WHERE slug = :slug""")
                .param("slug", slug)
                .query(ArticleColumns::articleRow)
                .optional();
    }

    /** The articles stored under these ids, published, retired or neither (unknown ids are left out). */
    public List<ArticleRow> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, slug, language, content_type, published_revision_id, published_at
                FROM article WHERE id IN (:ids) ORDER BY id""")
                .param("ids", List.copyOf(ids))
                .query(ArticleColumns::articleRow)
                .list();
    }

    /**
     * The article this one translates: the English article linked to it in {@code article_translation}
     * (in either direction: links are stored both ways), when this one is not English. English is the
     * language the site's articles are written in first, so it is the original of every pair.
     */
    public Optional<ArticleRow> originalOf(long articleId) {
        return jdbc.sql("""
                SELECT o.id, o.slug, o.language, o.content_type, o.published_revision_id, o.published_at
                FROM article o JOIN article t ON t.id = :id
                WHERE o.language = 'en' AND t.language <> 'en'
                  AND o.id IN (SELECT article_id FROM article_translation WHERE translation_id = :id
                               UNION SELECT translation_id FROM article_translation WHERE article_id = :id)
                ORDER BY o.id""").param("id", articleId).query(ArticleColumns::articleRow).list().stream()
                .findFirst();
    }

    /** Whether the article with this slug was taken off the site. */
    public boolean isRetired(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :slug AND retired_at IS NOT NULL")
                        .param("slug", slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The language of the article with this slug if it was taken off the site. */
    public Optional<String> retiredLanguage(String slug) {
        return jdbc.sql("SELECT language FROM article WHERE slug = :slug AND retired_at IS NOT NULL")
                .param("slug", slug)
                .query(String.class)
                .optional();
    }

    /** How many articles are stored, published or not. */
    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Integer.class).single();
    }

    /** The ids of the code systems a revision may use ("ICD-10-CM", ...). */
    public Set<String> codeSystems() {
        return Set.copyOf(
                jdbc.sql("SELECT id FROM code_system").query(String.class).list());
    }

    // ---- revisions -------------------------------------------------------------------------------

    /** The content hash of the article's newest revision, if it has any. */
    public Optional<String> latestContentHash(long articleId) {
        return jdbc.sql("""
                SELECT content_hash FROM revision WHERE article_id = :id
                ORDER BY revision_number DESC FETCH FIRST 1 ROWS ONLY""").param("id", articleId).query(String.class).optional();
    }

    /** Every revision of an article, newest first, for its history. */
    public List<RevisionSummary> revisionsOf(long articleId) {
        return jdbc.sql("""
                SELECT r.id, r.revision_number, r.title, r.author, r.change_note, r.change_kind, r.created_at,
                       CASE WHEN a.published_revision_id = r.id AND a.retired_at IS NULL THEN TRUE ELSE FALSE END AS live
                FROM revision r JOIN article a ON a.id = r.article_id
                WHERE r.article_id = :a ORDER BY r.revision_number DESC""")
                .param("a", articleId)
                .query((rs, n) -> new RevisionSummary(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        ChangeKind.fromCode(rs.getString(6)).orElseThrow(),
                        instant(rs, "created_at"),
                        rs.getBoolean(8)))
                .list();
    }

    /** The whole content of a stored revision as a draft, to restore it or edit on top of it. */
    public Optional<RevisionDraft> loadDraft(long revisionId) {
        return jdbc.sql("""
                SELECT title, summary, author, change_note, change_kind FROM revision WHERE id = :r""")
                .param("r", revisionId)
                .query((rs, n) -> new RevisionDraft(
                        rs.getString(1),
                        rs.getString(2),
                        alsoCalledOf(revisionId),
                        codesOf(revisionId),
                        sourcesOf(revisionId),
                        relatedSlugsOf(revisionId),
                        sectionsOf(revisionId).stream()
                                .map(s -> new SectionDraft(s.type(), s.heading(), s.markdown()))
                                .toList(),
                        rs.getString(3),
                        rs.getString(4),
                        ChangeKind.fromCode(rs.getString(5)).orElseThrow(),
                        questionsOf(revisionId).stream().map(Question::draft).toList()))
                .optional();
    }

    /**
     * Whether readers can see the article {@code slug} (published, not retired, visible) and its
     * live revision has a section with this anchor: what a quiz question's "Read more" may link to.
     */
    public boolean hasLiveSection(String slug, String anchor) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM article a
                        JOIN revision_section s ON s.revision_id = a.published_revision_id
                        WHERE a.slug = :slug AND s.anchor = :anchor AND a.retired_at IS NULL AND %s""".formatted(ReaderVisibility.sql("a.published_revision_id")))
                        .param("slug", slug)
                        .param("anchor", anchor)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The stored sections of any revision, published or not. */
    public List<Section> sectionsOfRevision(long revisionId) {
        return sectionsOf(revisionId);
    }

    /** A live article's id, slug, published revision and language (for re-linking; callout headings are rendered in it). */
    public record PublishedRef(long articleId, String slug, long revisionId, String language) {}

    /** Every live article's published revision, with the article it belongs to. */
    public List<PublishedRef> publishedRefs() {
        return jdbc.sql(
                        "SELECT id, slug, published_revision_id, language FROM article WHERE published_revision_id IS NOT NULL AND retired_at IS NULL")
                .query((rs, n) -> new PublishedRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    // ---- reviews and labels ----------------------------------------------------------------------

    /** The newest approving review of a revision: the one the page shows. */
    public Optional<MedicalReview> findApprovingReview(long revisionId) {
        return jdbc.sql("""
                SELECT m.reviewer_name, m.reviewer_credentials, m.reviewer_specialty, m.reviewed_on,
                       m.next_review_due, p.slug
                FROM medical_review m LEFT JOIN reviewer_profile p ON p.id = m.reviewer_profile_id
                WHERE m.revision_id = :r AND m.decision = 'approved'
                ORDER BY m.reviewed_on DESC, m.id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("r", revisionId)
                .query((rs, n) -> new MedicalReview(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .optional();
    }

    /** The syndication label of a revision published as syndicated content. */
    public Optional<Syndication> findSyndication(long revisionId) {
        return jdbc.sql("SELECT attribution, imported_on FROM syndicated_publication WHERE revision_id = :r")
                .param("r", revisionId)
                .query((rs, n) -> new Syndication(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .optional();
    }

    // ---- a revision's parts (also for PublishedArticles) -----------------------------------------

    List<String> alsoCalledOf(long rev) {
        return jdbc.sql("SELECT name FROM revision_also_called WHERE revision_id = :r ORDER BY ordinal")
                .param("r", rev)
                .query(String.class)
                .list();
    }

    List<Code> codesOf(long rev) {
        return jdbc.sql("SELECT code_system, code, display FROM revision_code WHERE revision_id = :r ORDER BY ordinal")
                .param("r", rev)
                .query((rs, n) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    List<Section> sectionsOf(long rev) {
        return jdbc.sql("""
                SELECT section_type, heading, anchor, body_markdown, body_html
                FROM revision_section WHERE revision_id = :r ORDER BY ordinal""")
                .param("r", rev)
                .query((rs, n) -> new Section(
                        SectionType.fromCode(rs.getString(1)).orElseThrow(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** A revision's quiz questions with their options, in order; empty for every other content type. */
    List<Question> questionsOf(long rev) {
        Map<Integer, List<Option>> options = new HashMap<>();
        jdbc.sql("""
                SELECT question_ordinal, ordinal, text, correct FROM revision_question_option
                WHERE revision_id = :r ORDER BY question_ordinal, ordinal""").param("r", rev).query(rs -> {
            options.computeIfAbsent(rs.getInt(1), q -> new ArrayList<>())
                    .add(new Option(QuestionRenderer.key(rs.getInt(2)), rs.getString(3), rs.getBoolean(4)));
        });
        return jdbc.sql("""
                SELECT ordinal, kind, prompt, explanation_markdown, explanation_html, support_slug, support_anchor,
                       support_text
                FROM revision_question WHERE revision_id = :r ORDER BY ordinal""")
                .param("r", rev)
                .query((rs, n) -> new Question(
                        rs.getInt(1) + 1,
                        QuestionKind.fromCode(rs.getString(2)).orElseThrow(),
                        rs.getString(3),
                        options.getOrDefault(rs.getInt(1), List.of()),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** The stored quiz questions of any revision, published or not. */
    public List<Question> questionsOfRevision(long revisionId) {
        return questionsOf(revisionId);
    }

    List<Source> sourcesOf(long rev) {
        return jdbc.sql("""
                SELECT organisation, title, url, accessed_on
                FROM revision_source WHERE revision_id = :r ORDER BY ordinal""")
                .param("r", rev)
                .query((rs, n) ->
                        new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    private List<String> relatedSlugsOf(long rev) {
        return jdbc.sql("""
                SELECT a.slug FROM revision_related rr JOIN article a ON a.id = rr.related_article_id
                WHERE rr.revision_id = :r ORDER BY rr.ordinal""").param("r", rev).query(String.class).list();
    }
}
