package org.salus.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for articles, their immutable revisions and publication. Revisions and their children
 * are only ever inserted; publishing moves the article's pointer.
 */
@Repository
public class ArticleRepository {

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- articles -------------------------------------------------------------------------

    public Optional<ArticleRow> findBySlug(String slug) {
        return jdbc.sql("""
                SELECT id, slug, language, content_type, published_revision_id, published_at
                FROM article WHERE slug = :slug""")
                .param("slug", slug)
                .query(ArticleRepository::articleRow)
                .optional();
    }

    /** The current slug of the article that was once published under {@code formerSlug}. */
    public Optional<String> findSlugByAlias(String formerSlug) {
        return jdbc.sql("""
                SELECT a.slug FROM article_slug_alias s JOIN article a ON a.id = s.article_id
                WHERE s.slug = :slug""")
                .param("slug", formerSlug)
                .query(String.class)
                .optional();
    }

    public long insertArticle(String slug, String language, ContentType type, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO article (slug, language, content_type, created_at)
                VALUES (:slug, :language, :type, :now)""")
                .param("slug", slug)
                .param("language", language)
                .param("type", type.code())
                .param("now", utc(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Takes an article off the site; nothing is deleted. */
    public void retire(long articleId, String reason, Instant now) {
        jdbc.sql("UPDATE article SET retired_at = :now, retired_reason = :reason WHERE id = :id")
                .param("now", utc(now)).param("reason", reason).param("id", articleId).update();
    }

    public boolean isRetired(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :slug AND retired_at IS NOT NULL")
                .param("slug", slug).query(Integer.class).single() > 0;
    }

    public void updateContentType(long articleId, ContentType type) {
        jdbc.sql("UPDATE article SET content_type = :type WHERE id = :id")
                .param("type", type.code()).param("id", articleId).update();
    }

    /**
     * The article and every other article whose page shows it: those whose published revision
     * lists it as related, and its translations (both directions). A change to the article
     * names them all, so their cached pages go too.
     */
    public List<ArticleRef> pagesShowing(long articleId) {
        return jdbc.sql("""
                SELECT id, slug FROM article WHERE id = :id
                UNION
                SELECT a.id, a.slug FROM revision_related rr JOIN article a ON a.published_revision_id = rr.revision_id
                WHERE rr.related_article_id = :id
                UNION
                SELECT a.id, a.slug FROM article_translation x JOIN article a ON a.id = x.translation_id
                WHERE x.article_id = :id
                UNION
                SELECT a.id, a.slug FROM article_translation x JOIN article a ON a.id = x.article_id
                WHERE x.translation_id = :id""")
                .param("id", articleId)
                .query((rs, n) -> new ArticleRef(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** An article's id and current slug. */
    public record ArticleRef(long id, String slug) {
    }

    /** Records a former slug; does nothing when the alias is already recorded. */
    public void addAlias(String formerSlug, long articleId, Instant now) {
        int known = jdbc.sql("SELECT COUNT(*) FROM article_slug_alias WHERE slug = :slug")
                .param("slug", formerSlug).query(Integer.class).single();
        if (known == 0) {
            jdbc.sql("INSERT INTO article_slug_alias (slug, article_id, created_at) VALUES (:slug, :id, :now)")
                    .param("slug", formerSlug).param("id", articleId).param("now", utc(now)).update();
        }
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Integer.class).single();
    }

    public Set<String> codeSystems() {
        return Set.copyOf(jdbc.sql("SELECT id FROM code_system").query(String.class).list());
    }

    // ---- revisions --------------------------------------------------------------------------

    /** The content hash of the article's newest revision, if it has any. */
    public Optional<String> latestContentHash(long articleId) {
        return jdbc.sql("""
                SELECT content_hash FROM revision WHERE article_id = :id
                ORDER BY revision_number DESC FETCH FIRST 1 ROWS ONLY""")
                .param("id", articleId)
                .query(String.class)
                .optional();
    }

    public long insertRevision(long articleId, StoredRevision revision, Instant now) {
        RevisionDraft draft = revision.draft();
        int number = jdbc.sql("SELECT COALESCE(MAX(revision_number), 0) + 1 FROM revision WHERE article_id = :id")
                .param("id", articleId).query(Integer.class).single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO revision (article_id, revision_number, title, summary, author, change_note,
                                      change_kind, content_hash, created_at)
                VALUES (:article, :number, :title, :summary, :author, :note, :kind, :hash, :now)""")
                .param("article", articleId)
                .param("number", number)
                .param("title", draft.title())
                .param("summary", draft.summary())
                .param("author", draft.author())
                .param("note", draft.changeNote())
                .param("kind", draft.changeKind().code())
                .param("hash", revision.contentHash())
                .param("now", utc(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertChildren(id, revision);
        return id;
    }

    private void insertChildren(long revisionId, StoredRevision revision) {
        RevisionDraft draft = revision.draft();
        for (int i = 0; i < draft.alsoCalled().size(); i++) {
            jdbc.sql("INSERT INTO revision_also_called (revision_id, ordinal, name) VALUES (:r, :o, :name)")
                    .param("r", revisionId).param("o", i).param("name", draft.alsoCalled().get(i)).update();
        }
        for (int i = 0; i < draft.codes().size(); i++) {
            Code code = draft.codes().get(i);
            jdbc.sql("""
                    INSERT INTO revision_code (revision_id, ordinal, code_system, code, display)
                    VALUES (:r, :o, :system, :code, :display)""")
                    .param("r", revisionId).param("o", i).param("system", code.system())
                    .param("code", code.code()).param("display", code.display()).update();
        }
        for (int i = 0; i < revision.sections().size(); i++) {
            Section section = revision.sections().get(i);
            jdbc.sql("""
                    INSERT INTO revision_section (revision_id, ordinal, section_type, heading, anchor,
                                                  body_markdown, body_html)
                    VALUES (:r, :o, :type, :heading, :anchor, :markdown, :html)""")
                    .param("r", revisionId).param("o", i).param("type", section.type().code())
                    .param("heading", section.heading()).param("anchor", section.anchor())
                    .param("markdown", section.markdown()).param("html", section.html()).update();
        }
        for (int i = 0; i < draft.sources().size(); i++) {
            Source source = draft.sources().get(i);
            jdbc.sql("""
                    INSERT INTO revision_source (revision_id, ordinal, organisation, title, url, accessed_on)
                    VALUES (:r, :o, :organisation, :title, :url, :accessed)""")
                    .param("r", revisionId).param("o", i).param("organisation", source.organisation())
                    .param("title", source.title()).param("url", source.url())
                    .param("accessed", source.accessedOn()).update();
        }
        for (int i = 0; i < revision.relatedArticleIds().size(); i++) {
            jdbc.sql("INSERT INTO revision_related (revision_id, ordinal, related_article_id) VALUES (:r, :o, :a)")
                    .param("r", revisionId).param("o", i).param("a", revision.relatedArticleIds().get(i)).update();
        }
    }

    public void insertApprovingReview(long revisionId, MedicalReview review, Long profileId, String notes, Instant now) {
        insertReview(revisionId, review, profileId, "approved", notes, now);
    }

    /**
     * A reviewer's decision on a revision: {@code approved} or {@code changes-requested}. For
     * changes requested the due date is not meaningful; it is stored as given.
     */
    public void insertReview(long revisionId, MedicalReview review, Long profileId, String decision, String notes,
            Instant now) {
        jdbc.sql("""
                INSERT INTO medical_review (revision_id, reviewer_name, reviewer_credentials, reviewer_specialty,
                                            decision, reviewed_on, next_review_due, notes, reviewer_profile_id,
                                            recorded_at)
                VALUES (:r, :name, :credentials, :specialty, :decision, :reviewed, :due, :notes, :profile, :now)""")
                .param("r", revisionId)
                .param("decision", decision)
                .param("notes", notes)
                .param("profile", profileId)
                .param("name", review.reviewerName())
                .param("credentials", review.credentials())
                .param("specialty", review.specialty())
                .param("reviewed", review.reviewedOn())
                .param("due", review.nextReviewDue())
                .param("now", utc(now))
                .update();
    }

    /** The newest approving review of a revision: the one the page shows. */
    public Optional<MedicalReview> findApprovingReview(long revisionId) {
        return jdbc.sql("""
                SELECT m.reviewer_name, m.reviewer_credentials, m.reviewer_specialty, m.reviewed_on,
                       m.next_review_due, p.slug
                FROM medical_review m LEFT JOIN reviewer_profile p ON p.id = m.reviewer_profile_id
                WHERE m.revision_id = :r AND m.decision = 'approved'
                ORDER BY m.reviewed_on DESC, m.id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("r", revisionId)
                .query((rs, n) -> new MedicalReview(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .optional();
    }

    /** Makes {@code revisionId} the one readers see. */
    public void publish(long articleId, long revisionId, Instant now) {
        jdbc.sql("UPDATE article SET published_revision_id = :r, published_at = :now WHERE id = :id")
                .param("r", revisionId).param("now", utc(now)).param("id", articleId).update();
        jdbc.sql("INSERT INTO revision_publication (revision_id, published_at) VALUES (:r, :now)")
                .param("r", revisionId).param("now", utc(now)).update();
    }

    /**
     * The page's "What changed" list, newest first (see {@link ClinicalChange}): each published
     * clinical change after the first publication, then the first publication. A revision with no
     * writer in the editorial workflow came by import, so its note is internal.
     */
    public List<ClinicalChange> clinicalChanges(long articleId) {
        List<PublishedChange> published = publishedChanges(articleId);
        List<ClinicalChange> changes = new ArrayList<>(published.stream().map(PublishedChange::change)
                .filter(Objects::nonNull).toList());
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
        Optional<Long> articleId = jdbc.sql("SELECT article_id FROM revision WHERE id = :r").param("r", revisionId)
                .query(Long.class).optional();
        return articleId.stream().flatMap(id -> publishedChanges(id).stream())
                .filter(published -> published.revisionId() == revisionId)
                .map(PublishedChange::change).filter(Objects::nonNull).findFirst();
    }

    /** A published revision and its line for readers, null when readers are not told of it. */
    private record PublishedChange(long revisionId, ClinicalChange change) {
    }

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
        return rs.getInt("imported") == 1 ? ClinicalChange.sourceUpdate(date)
                : ClinicalChange.change(date, rs.getString("change_note"));
    }

    private static final int MAX_CHANGES = 10;

    // ---- what readers see ---------------------------------------------------------------------

    /** The published revision of an article with everything its page shows. */
    public Optional<PublishedArticle> findPublished(String slug) {
        return jdbc.sql("""
                SELECT a.id, a.slug, a.language, a.content_type, a.published_at,
                       r.id AS revision_id, r.title, r.summary
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.slug = :slug AND a.retired_at IS NULL""")
                .param("slug", slug)
                .query((rs, n) -> new PublishedHead(rs.getLong("id"), rs.getString("slug"), rs.getString("language"),
                        contentType(rs), instant(rs, "published_at"), rs.getLong("revision_id"),
                        rs.getString("title"), rs.getString("summary")))
                .optional()
                .flatMap(this::assemble);
    }

    private record PublishedHead(long articleId, String slug, String language, ContentType type,
            Instant publishedAt, long revisionId, String title, String summary) {
    }

    private Optional<PublishedArticle> assemble(PublishedHead head) {
        long rev = head.revisionId();
        Optional<MedicalReview> review = findApprovingReview(rev);
        Optional<Syndication> syndication = review.isPresent() ? Optional.empty() : findSyndication(rev);
        if (!ReaderVisibility.allows(review, syndication)) {
            return Optional.empty();
        }
        List<RelatedRow> related = relatedOf(rev);
        StringBuilder version = new StringBuilder("r").append(rev).append(":")
                .append(review.map(r -> r.reviewedOn() + ":" + r.nextReviewDue()).orElse("syndicated"));
        related.forEach(row -> version.append(":").append(row.revisionId()));
        return Optional.of(new PublishedArticle(head.articleId(), head.slug(), head.language(), head.type(), rev,
                head.title(), head.summary(), alsoCalledOf(rev), codesOf(rev), sectionsOf(rev), sourcesOf(rev),
                related.stream().map(RelatedRow::article).toList(), review.orElse(null), syndication.orElse(null),
                head.publishedAt(),
                version.toString(), clinicalChanges(head.articleId())));
    }

    /** The syndication label of a revision published as syndicated content. */
    public Optional<Syndication> findSyndication(long revisionId) {
        return jdbc.sql("SELECT attribution, imported_on FROM syndicated_publication WHERE revision_id = :r")
                .param("r", revisionId)
                .query((rs, n) -> new Syndication(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
    }

    void insertSyndication(long revisionId, Syndication syndication) {
        jdbc.sql("INSERT INTO syndicated_publication (revision_id, attribution, imported_on) VALUES (:r, :a, :d)")
                .param("r", revisionId).param("a", syndication.attribution()).param("d", syndication.importedOn())
                .update();
    }

    private record RelatedRow(RelatedArticle article, long revisionId) {
    }

    private List<String> alsoCalledOf(long rev) {
        return jdbc.sql("SELECT name FROM revision_also_called WHERE revision_id = :r ORDER BY ordinal")
                .param("r", rev).query(String.class).list();
    }

    private List<Code> codesOf(long rev) {
        return jdbc.sql("SELECT code_system, code, display FROM revision_code WHERE revision_id = :r ORDER BY ordinal")
                .param("r", rev)
                .query((rs, n) -> new Code(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The stored sections of any revision, published or not. */
    public List<Section> sectionsOfRevision(long revisionId) {
        return sectionsOf(revisionId);
    }

    /** The whole content of a stored revision as a draft, to restore it or edit on top of it. */
    public Optional<RevisionDraft> loadDraft(long revisionId) {
        return jdbc.sql("""
                SELECT title, summary, author, change_note, change_kind FROM revision WHERE id = :r""")
                .param("r", revisionId)
                .query((rs, n) -> new RevisionDraft(rs.getString(1), rs.getString(2), alsoCalledOf(revisionId),
                        codesOf(revisionId), sourcesOf(revisionId), relatedSlugsOf(revisionId),
                        sectionsOf(revisionId).stream().map(s -> new SectionDraft(s.type(), s.heading(), s.markdown()))
                                .toList(),
                        rs.getString(3), rs.getString(4), ChangeKind.fromCode(rs.getString(5)).orElseThrow()))
                .optional();
    }

    private List<String> relatedSlugsOf(long rev) {
        return jdbc.sql("""
                SELECT a.slug FROM revision_related rr JOIN article a ON a.id = rr.related_article_id
                WHERE rr.revision_id = :r ORDER BY rr.ordinal""")
                .param("r", rev).query(String.class).list();
    }

    /** The published revision of every live article. */
    public List<Long> publishedRevisionIds() {
        return jdbc.sql("SELECT published_revision_id FROM article WHERE published_revision_id IS NOT NULL AND retired_at IS NULL")
                .query(Long.class).list();
    }

    /**
     * Replaces the rendered HTML of one stored section. Only for presentation that needs no
     * review, such as dictionary links; the Markdown, the text reviewers approved, never changes.
     */
    public void updateSectionHtml(long revisionId, int ordinal, String html) {
        jdbc.sql("UPDATE revision_section SET body_html = :html WHERE revision_id = :r AND ordinal = :o")
                .param("html", html).param("r", revisionId).param("o", ordinal).update();
    }

    /** Every revision of an article, newest first, for its history. */
    public List<RevisionSummary> revisionsOf(long articleId) {
        return jdbc.sql("""
                SELECT r.id, r.revision_number, r.title, r.author, r.change_note, r.change_kind, r.created_at,
                       CASE WHEN a.published_revision_id = r.id AND a.retired_at IS NULL THEN TRUE ELSE FALSE END AS live
                FROM revision r JOIN article a ON a.id = r.article_id
                WHERE r.article_id = :a ORDER BY r.revision_number DESC""")
                .param("a", articleId)
                .query((rs, n) -> new RevisionSummary(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), ChangeKind.fromCode(rs.getString(6)).orElseThrow(), instant(rs, "created_at"),
                        rs.getBoolean(8)))
                .list();
    }

    private List<Section> sectionsOf(long rev) {
        return jdbc.sql("""
                SELECT section_type, heading, anchor, body_markdown, body_html
                FROM revision_section WHERE revision_id = :r ORDER BY ordinal""")
                .param("r", rev)
                .query((rs, n) -> new Section(SectionType.fromCode(rs.getString(1)).orElseThrow(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private List<Source> sourcesOf(long rev) {
        return jdbc.sql("""
                SELECT organisation, title, url, accessed_on
                FROM revision_source WHERE revision_id = :r ORDER BY ordinal""")
                .param("r", rev)
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** Related articles that readers can see; a related article that is not published or visible is left out. */
    private List<RelatedRow> relatedOf(long rev) {
        return jdbc.sql("""
                SELECT a.slug, r.title, r.summary, r.id
                FROM revision_related rr
                JOIN article a ON a.id = rr.related_article_id
                JOIN revision r ON r.id = a.published_revision_id
                WHERE rr.revision_id = :r AND a.retired_at IS NULL AND %s
                ORDER BY rr.ordinal""".formatted(ReaderVisibility.sql("r.id")))
                .param("r", rev)
                .query((rs, n) -> new RelatedRow(new RelatedArticle(rs.getString(1), rs.getString(2),
                        rs.getString(3)), rs.getLong(4)))
                .list();
    }

    // ---- listings (JSON content API) ---------------------------------------------------------

    /**
     * Published articles matching {@code filter}, in slug order, after the slug {@code afterSlug}
     * (null: from the start), at most {@code limit}. Keyset paging by the unique slug keeps pages
     * stable while articles are published. Like {@link #findPublished}, only revisions that a
     * reviewer approved or that were published as syndicated content are listed.
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
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new PublishedListing(rs.getString(1), rs.getString(2), contentType(rs, 3),
                        rs.getString(4), rs.getString(5), instant(rs, "published_at"), rs.getBoolean(7)))
                .list();
    }

    /** How many published articles match {@code filter}. */
    public int countPublished(ListingFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) " + listingWhere(filter, params)).params(params).query(Integer.class).single();
    }

    private static String listingWhere(ListingFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("""
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.retired_at IS NULL""" + " AND " + ReaderVisibility.sql("r.id"));
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

    /** Every article readers can see under its title and under each of its other names. */
    public List<IndexEntry> publishedIndex() {
        List<IndexEntry> entries = new ArrayList<>(jdbc.sql("""
                SELECT r.title, a.slug, r.title, a.content_type, r.summary
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.retired_at IS NULL""" + " AND " + ReaderVisibility.sql("r.id"))
                .query((rs, n) -> indexEntry(rs, false))
                .list());
        entries.addAll(jdbc.sql("""
                SELECT ac.name, a.slug, r.title, a.content_type, r.summary
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                JOIN revision_also_called ac ON ac.revision_id = r.id
                WHERE a.retired_at IS NULL""" + " AND " + ReaderVisibility.sql("r.id"))
                .query((rs, n) -> indexEntry(rs, true))
                .list());
        return entries;
    }

    private static IndexEntry indexEntry(ResultSet rs, boolean alternate) throws SQLException {
        return new IndexEntry(rs.getString(1), rs.getString(2), rs.getString(3), contentType(rs, 4),
                rs.getString(5), alternate);
    }

    // ---- codes (HL7 Infobutton) -------------------------------------------------------------

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
                .query((rs, n) -> new CodedArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, "published_at"), rs.getString(6), rs.getString(7), rs.getInt(8) == 1))
                .list();
    }

    // ---- mapping --------------------------------------------------------------------------------

    private static ArticleRow articleRow(ResultSet rs, int row) throws SQLException {
        return new ArticleRow(rs.getLong("id"), rs.getString("slug"), rs.getString("language"), contentType(rs),
                rs.getObject("published_revision_id", Long.class), instant(rs, "published_at"));
    }

    private static ContentType contentType(ResultSet rs) throws SQLException {
        return ContentType.fromCode(rs.getString("content_type")).orElseThrow();
    }

    private static ContentType contentType(ResultSet rs, int column) throws SQLException {
        return ContentType.fromCode(rs.getString(column)).orElseThrow();
    }

    // Times are stored as UTC in TIMESTAMP columns, which H2 and PostgreSQL both keep as written.
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
