package org.salus.article;

import static org.salus.article.ArticleColumns.contentType;
import static org.salus.db.SqlTimes.instant;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What readers see of articles, read from the database: a published article with everything its
 * page shows, the A–Z index, former slugs and the "What changed" list. Only revisions that
 * {@link ReaderVisibility} allows are returned. Uncached: the site reads through {@link ArticleReader}.
 */
@Repository
public class PublishedArticles {

    private final JdbcClient jdbc;
    private final StoredRevisions revisions;

    private final SectionReviews sectionReviews;

    PublishedArticles(JdbcClient jdbc, StoredRevisions revisions, SectionReviews sectionReviews) {
        this.sectionReviews = sectionReviews;
        this.jdbc = jdbc;
        this.revisions = revisions;
    }

    // ---- the topic page --------------------------------------------------------------------------

    /**
     * The published revision of a live article with everything its page shows; empty when the
     * slug is unknown, the article retired or unpublished, or its revision not one readers may see.
     */
    public Optional<PublishedArticle> findPublished(String slug) {
        return jdbc.sql("""
                SELECT a.id, a.slug, a.language, a.content_type, a.published_at,
                       r.id AS revision_id, r.title, r.summary
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.slug = :slug AND a.retired_at IS NULL""")
                .param("slug", slug)
                .query((rs, n) -> new PublishedHead(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("language"),
                        contentType(rs),
                        instant(rs, "published_at"),
                        rs.getLong("revision_id"),
                        rs.getString("title"),
                        rs.getString("summary")))
                .optional()
                .flatMap(this::assemble);
    }

    private record PublishedHead(
            long articleId,
            String slug,
            String language,
            ContentType type,
            Instant publishedAt,
            long revisionId,
            String title,
            String summary) {}

    private Optional<PublishedArticle> assemble(PublishedHead head) {
        long rev = head.revisionId();
        Optional<MedicalReview> review = revisions.findApprovingReview(rev);
        Optional<Syndication> syndication = review.isPresent() ? Optional.empty() : revisions.findSyndication(rev);
        if (!ReaderVisibility.allows(review, syndication)) {
            return Optional.empty();
        }
        List<RelatedRow> related = relatedOf(rev);
        List<Section> sections = revisions.sectionsOf(rev);
        StringBuilder version = new StringBuilder("r")
                .append(rev)
                .append(":")
                .append(review.map(r -> r.reviewedOn() + ":" + r.nextReviewDue())
                        .orElse("syndicated"));
        related.forEach(row -> version.append(":").append(row.revisionId()));
        Map<String, LocalDate> sectionDates = sectionReviews.latestOf(rev);
        sectionDates.forEach(
                (anchor, on) -> version.append(":").append(anchor).append("=").append(on));
        // Re-linking (ArticleWriter.relinkPublished) changes a revision's HTML in place: the
        // version, and so the page's cached view and ETag, must change with it.
        version.append(":h").append(Integer.toHexString(linkedHtml(sections)));
        return Optional.of(new PublishedArticle(
                head.articleId(),
                head.slug(),
                head.language(),
                head.type(),
                rev,
                head.title(),
                head.summary(),
                revisions.alsoCalledOf(rev),
                revisions.codesOf(rev),
                sections,
                revisions.sourcesOf(rev),
                related.stream().map(RelatedRow::article).toList(),
                review.orElse(null),
                syndication.orElse(null),
                head.publishedAt(),
                version.toString(),
                clinicalChanges(head.articleId()),
                revisions.questionsOf(rev),
                sectionDates));
    }

    private static int linkedHtml(List<Section> sections) {
        CRC32 crc = new CRC32();
        sections.forEach(section -> crc.update(section.html().getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }

    private record RelatedRow(RelatedArticle article, long revisionId) {}

    /** Related articles that readers can see; a related article that is not published or visible is left out. */
    private List<RelatedRow> relatedOf(long rev) {
        return jdbc.sql("""
                SELECT a.slug, r.title, r.summary, r.id, a.id
                FROM revision_related rr
                JOIN article a ON a.id = rr.related_article_id
                JOIN revision r ON r.id = a.published_revision_id
                WHERE rr.revision_id = :r AND a.retired_at IS NULL AND %s
                ORDER BY rr.ordinal""".formatted(ReaderVisibility.sql("r.id")))
                .param("r", rev)
                .query((rs, n) -> new RelatedRow(
                        new RelatedArticle(rs.getLong(5), rs.getString(1), rs.getString(2), rs.getString(3)),
                        rs.getLong(4)))
                .list();
    }

    /** The current slug of the article that was once published under {@code formerSlug}. */
    public Optional<String> findSlugByAlias(String formerSlug) {
        return jdbc.sql("""
                SELECT a.slug FROM article_slug_alias s JOIN article a ON a.id = s.article_id
                WHERE s.slug = :slug""").param("slug", formerSlug).query(String.class).optional();
    }

    // ---- the A–Z index ---------------------------------------------------------------------------

    /** Every article readers can see under its title and under each of its other names. */
    public List<IndexEntry> publishedIndex() {
        List<IndexEntry> entries = new ArrayList<>(jdbc.sql("""
                SELECT r.title, a.slug, r.title, a.content_type, r.summary, a.language, sp.attribution
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                LEFT JOIN syndicated_publication sp ON sp.revision_id = r.id
                WHERE a.retired_at IS NULL""" + " AND " + ReaderVisibility.sql("r.id"))
                .query((rs, n) -> indexEntry(rs, false))
                .list());
        entries.addAll(jdbc.sql("""
                SELECT ac.name, a.slug, r.title, a.content_type, r.summary, a.language, sp.attribution
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                JOIN revision_also_called ac ON ac.revision_id = r.id
                LEFT JOIN syndicated_publication sp ON sp.revision_id = r.id
                WHERE a.retired_at IS NULL""" + " AND " + ReaderVisibility.sql("r.id"))
                .query((rs, n) -> indexEntry(rs, true))
                .list());
        return entries;
    }

    private static IndexEntry indexEntry(ResultSet rs, boolean alternate) throws SQLException {
        return new IndexEntry(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                contentType(rs, 4),
                rs.getString(5),
                alternate,
                rs.getString(6),
                rs.getString(7));
    }

    // ---- what changed ----------------------------------------------------------------------------

    /**
     * The page's "What changed" list, newest first (see {@link ClinicalChange}): each published
     * clinical change after the first publication, then the first publication. A revision with no
     * writer in the editorial workflow came by import, so its note is internal.
     */
    public List<ClinicalChange> clinicalChanges(long articleId) {
        List<PublishedChange> published = publishedChanges(articleId);
        List<ClinicalChange> changes = new ArrayList<>(published.stream()
                .map(PublishedChange::change)
                .filter(Objects::nonNull)
                .toList());
        Collections.reverse(changes);
        if (changes.size() > MAX_CHANGES) { // keep the newest, and the first publication
            changes = new ArrayList<>(changes.subList(0, MAX_CHANGES - 1));
            changes.add(published.get(0).change());
        }
        return changes;
    }

    /**
     * What readers are told changed with one published revision, by the rule of
     * {@link #clinicalChanges}: its line of the "What changed" list, or empty when the revision
     * is not listed there (an editorial change after the first publication, or a revision that
     * never went live). For readers of one revision at a time, such as the Atom feed.
     */
    public Optional<ClinicalChange> readerChange(long revisionId) {
        Optional<Long> articleId = jdbc.sql("SELECT article_id FROM revision WHERE id = :r")
                .param("r", revisionId)
                .query(Long.class)
                .optional();
        return articleId.stream()
                .flatMap(id -> publishedChanges(id).stream())
                .filter(published -> published.revisionId() == revisionId)
                .map(PublishedChange::change)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * The site's "Recently updated" list ({@code /changes}), newest first: every line of every live
     * article's "What changed" list (its first publication, and each later published clinical
     * change, by the same rule as {@link #clinicalChanges}), for the articles of one language.
     * Editorial changes are left out, as on the article pages.
     */
    public List<SiteChange> recentChanges(String language) {
        Map<Long, IndexEntry> live = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, a.slug, r.title, a.content_type, r.summary, a.language, sp.attribution
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                LEFT JOIN syndicated_publication sp ON sp.revision_id = r.id
                WHERE a.retired_at IS NULL AND a.language = :l AND """ + ReaderVisibility.sql("r.id"))
                .param("l", language)
                .query((rs, n) -> live.put(
                        rs.getLong(1),
                        new IndexEntry(
                                rs.getString(3),
                                rs.getString(2),
                                rs.getString(3),
                                contentType(rs, 4),
                                rs.getString(5),
                                false,
                                rs.getString(6),
                                rs.getString(7))))
                .list();
        List<SiteChange> changes = new ArrayList<>();
        long[] previous = {-1};
        jdbc.sql("""
                SELECT r.article_id, r.id, MIN(p.published_at) AS first_published, r.change_note, r.change_kind,
                       CASE WHEN MAX(w.author_id) IS NULL THEN 1 ELSE 0 END AS imported
                FROM revision r JOIN revision_publication p ON p.revision_id = r.id
                JOIN article a ON a.id = r.article_id
                LEFT JOIN revision_workflow w ON w.revision_id = r.id
                WHERE a.retired_at IS NULL AND a.language = :l
                GROUP BY r.article_id, r.id, r.change_note, r.change_kind
                ORDER BY r.article_id, first_published, r.id""")
                .param("l", language)
                .query((rs, n) -> {
                    long articleId = rs.getLong("article_id");
                    boolean first = articleId != previous[0];
                    previous[0] = articleId;
                    IndexEntry article = live.get(articleId);
                    ClinicalChange line = readerLine(rs, first);
                    if (article != null && line != null) {
                        changes.add(new SiteChange(article, line, instant(rs, "first_published")));
                    }
                    return articleId;
                })
                .list();
        changes.sort(Comparator.comparing(SiteChange::at).reversed());
        return changes;
    }

    /** A published revision and its line for readers, null when readers are not told of it. */
    private record PublishedChange(long revisionId, ClinicalChange change) {}

    /** Every published revision of an article, in the order it first went live, with its reader line. */
    private List<PublishedChange> publishedChanges(long articleId) {
        return jdbc.sql("""
                SELECT r.id, MIN(p.published_at) AS first_published, r.change_note, r.change_kind,
                       CASE WHEN MAX(w.author_id) IS NULL THEN 1 ELSE 0 END AS imported
                FROM revision r JOIN revision_publication p ON p.revision_id = r.id
                LEFT JOIN revision_workflow w ON w.revision_id = r.id
                WHERE r.article_id = :a
                GROUP BY r.id, r.change_note, r.change_kind
                ORDER BY first_published, r.id""")
                .param("a", articleId)
                .query((rs, n) -> new PublishedChange(rs.getLong("id"), readerLine(rs, n == 0)))
                .list();
    }

    private static ClinicalChange readerLine(ResultSet rs, boolean first) throws SQLException {
        LocalDate date = instant(rs, "first_published").atZone(ZoneOffset.UTC).toLocalDate();
        if (first) { // whatever its note says, it was written between drafts nobody read
            return ClinicalChange.firstPublished(date);
        }
        if (!ChangeKind.CLINICAL.code().equals(rs.getString("change_kind"))) {
            return null; // editorial changes are not listed
        }
        return rs.getInt("imported") == 1
                ? ClinicalChange.sourceUpdate(date)
                : ClinicalChange.change(date, rs.getString("change_note"));
    }

    private static final int MAX_CHANGES = 10;
}
