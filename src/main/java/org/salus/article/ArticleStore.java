package org.salus.article;

import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes articles, their immutable revisions, reviews and publication. Revisions and their
 * children are only ever inserted; publishing moves the article's pointer. This class only stores:
 * most callers want {@link ArticleWriter}, which renders, checks the review and logs the change.
 */
@Repository
public class ArticleStore {

    private final JdbcClient jdbc;

    ArticleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- articles --------------------------------------------------------------------------------

    /** Stores a new, unpublished article and returns its id. */
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
                .param("now", utc(now))
                .param("reason", reason)
                .param("id", articleId)
                .update();
    }

    /** Changes what kind of page the article is (condition, test, ...). */
    public void updateContentType(long articleId, ContentType type) {
        jdbc.sql("UPDATE article SET content_type = :type WHERE id = :id")
                .param("type", type.code())
                .param("id", articleId)
                .update();
    }

    /**
     * Makes {@code groups} the site's browse groups of the article ({@code article_site_group}).
     *
     * @return whether they changed
     */
    public boolean replaceSiteGroups(long articleId, List<String> groups) {
        List<String> before = jdbc.sql("SELECT name FROM article_site_group WHERE article_id = :a ORDER BY ordinal")
                .param("a", articleId)
                .query(String.class)
                .list();
        if (before.equals(groups)) {
            return false;
        }
        jdbc.sql("DELETE FROM article_site_group WHERE article_id = :a")
                .param("a", articleId)
                .update();
        for (int i = 0; i < groups.size(); i++) {
            jdbc.sql("INSERT INTO article_site_group (article_id, ordinal, name) VALUES (:a, :o, :n)")
                    .param("a", articleId)
                    .param("o", i)
                    .param("n", groups.get(i))
                    .update();
        }
        return true;
    }

    /** Records a former slug; does nothing when the alias is already recorded. */
    public void addAlias(String formerSlug, long articleId, Instant now) {
        int known = jdbc.sql("SELECT COUNT(*) FROM article_slug_alias WHERE slug = :slug")
                .param("slug", formerSlug)
                .query(Integer.class)
                .single();
        if (known == 0) {
            jdbc.sql("INSERT INTO article_slug_alias (slug, article_id, created_at) VALUES (:slug, :id, :now)")
                    .param("slug", formerSlug)
                    .param("id", articleId)
                    .param("now", utc(now))
                    .update();
        }
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
    public record ArticleRef(long id, String slug) {}

    // ---- revisions -------------------------------------------------------------------------------

    /**
     * Stores a rendered revision as the article's next revision number, with its names, codes,
     * sections, sources and related articles, and returns its id. A translation's revision records
     * its original's live revision as the one it was translated from ({@link TranslationFreshness}).
     */
    public long insertRevision(long articleId, StoredRevision revision, Instant now) {
        RevisionDraft draft = revision.draft();
        int number = jdbc.sql("SELECT COALESCE(MAX(revision_number), 0) + 1 FROM revision WHERE article_id = :id")
                .param("id", articleId)
                .query(Integer.class)
                .single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO revision (article_id, revision_number, title, summary, author, change_note,
                                      change_kind, content_hash, created_at, source_revision_id)
                VALUES (:article, :number, :title, :summary, :author, :note, :kind, :hash, :now,
                        (SELECT o.published_revision_id FROM article t JOIN article o ON o.id = t.translation_of
                         WHERE t.id = :article))""")
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
                    .param("r", revisionId)
                    .param("o", i)
                    .param("name", draft.alsoCalled().get(i))
                    .update();
        }
        for (int i = 0; i < draft.codes().size(); i++) {
            Code code = draft.codes().get(i);
            jdbc.sql("""
                    INSERT INTO revision_code (revision_id, ordinal, code_system, code, display)
                    VALUES (:r, :o, :system, :code, :display)""")
                    .param("r", revisionId)
                    .param("o", i)
                    .param("system", code.system())
                    .param("code", code.code())
                    .param("display", code.display())
                    .update();
        }
        for (int i = 0; i < revision.sections().size(); i++) {
            Section section = revision.sections().get(i);
            jdbc.sql("""
                    INSERT INTO revision_section (revision_id, ordinal, section_type, heading, anchor,
                                                  body_markdown, body_html)
                    VALUES (:r, :o, :type, :heading, :anchor, :markdown, :html)""")
                    .param("r", revisionId)
                    .param("o", i)
                    .param("type", section.type().code())
                    .param("heading", section.heading())
                    .param("anchor", section.anchor())
                    .param("markdown", section.markdown())
                    .param("html", section.html())
                    .update();
        }
        insertQuestions(revisionId, revision.questions());
        for (int i = 0; i < draft.sources().size(); i++) {
            Source source = draft.sources().get(i);
            jdbc.sql("""
                    INSERT INTO revision_source (revision_id, ordinal, organisation, title, url, accessed_on)
                    VALUES (:r, :o, :organisation, :title, :url, :accessed)""")
                    .param("r", revisionId)
                    .param("o", i)
                    .param("organisation", source.organisation())
                    .param("title", source.title())
                    .param("url", source.url())
                    .param("accessed", source.accessedOn())
                    .update();
        }
        for (int i = 0; i < revision.relatedArticleIds().size(); i++) {
            jdbc.sql("INSERT INTO revision_related (revision_id, ordinal, related_article_id) VALUES (:r, :o, :a)")
                    .param("r", revisionId)
                    .param("o", i)
                    .param("a", revision.relatedArticleIds().get(i))
                    .update();
        }
    }

    private void insertQuestions(long revisionId, List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            jdbc.sql("""
                    INSERT INTO revision_question (revision_id, ordinal, kind, prompt, explanation_markdown,
                                                   explanation_html, support_slug, support_anchor, support_text)
                    VALUES (:r, :o, :kind, :prompt, :markdown, :html, :slug, :anchor, :text)""")
                    .param("r", revisionId)
                    .param("o", i)
                    .param("kind", question.kind().code())
                    .param("prompt", question.prompt())
                    .param("markdown", question.explanationMarkdown())
                    .param("html", question.explanationHtml())
                    .param("slug", question.supportSlug())
                    .param("anchor", question.supportAnchor())
                    .param("text", question.supportText())
                    .update();
            for (int o = 0; o < question.options().size(); o++) {
                Option option = question.options().get(o);
                jdbc.sql("""
                        INSERT INTO revision_question_option (revision_id, question_ordinal, ordinal, text, correct)
                        VALUES (:r, :q, :o, :text, :correct)""")
                        .param("r", revisionId)
                        .param("q", i)
                        .param("o", o)
                        .param("text", option.text())
                        .param("correct", option.correct())
                        .update();
            }
        }
    }

    /**
     * Replaces the rendered HTML of one stored section. Only for presentation that needs no
     * review, such as dictionary links; the Markdown, the text reviewers approved, never changes.
     */
    public void updateSectionHtml(long revisionId, int ordinal, String html) {
        jdbc.sql("UPDATE revision_section SET body_html = :html WHERE revision_id = :r AND ordinal = :o")
                .param("html", html)
                .param("r", revisionId)
                .param("o", ordinal)
                .update();
    }

    // ---- reviews and publication -----------------------------------------------------------------

    /** A reviewer's approval of a revision (see {@link #insertReview}). */
    public void insertApprovingReview(
            long revisionId, MedicalReview review, Long profileId, String notes, Instant now) {
        insertReview(revisionId, review, profileId, "approved", notes, now);
    }

    /**
     * A reviewer's decision on a revision: {@code approved} or {@code changes-requested}. For
     * changes requested the due date is not meaningful; it is stored as given.
     */
    public void insertReview(
            long revisionId, MedicalReview review, Long profileId, String decision, String notes, Instant now) {
        insertReview(revisionId, review, profileId, decision, notes, null, now);
    }

    /**
     * A reviewer's decision as {@link #insertReview(long, MedicalReview, Long, String, String, Instant)},
     * its comment about one section: {@code sectionAnchor} (null for the whole article).
     */
    public void insertReview(
            long revisionId,
            MedicalReview review,
            Long profileId,
            String decision,
            String notes,
            String sectionAnchor,
            Instant now) {
        jdbc.sql("""
                INSERT INTO medical_review (revision_id, reviewer_name, reviewer_credentials, reviewer_specialty,
                                            decision, reviewed_on, next_review_due, notes, reviewer_profile_id,
                                            recorded_at, section_anchor)
                VALUES (:r, :name, :credentials, :specialty, :decision, :reviewed, :due, :notes, :profile, :now,
                        :section)""")
                .param("r", revisionId)
                .param("decision", decision)
                .param("notes", notes)
                .param("section", sectionAnchor)
                .param("profile", profileId)
                .param("name", review.reviewerName())
                .param("credentials", review.credentials())
                .param("specialty", review.specialty())
                .param("reviewed", review.reviewedOn())
                .param("due", review.nextReviewDue())
                .param("now", utc(now))
                .update();
    }

    /** Makes {@code revisionId} the one readers see. */
    public void publish(long articleId, long revisionId, Instant now) {
        jdbc.sql("UPDATE article SET published_revision_id = :r, published_at = :now WHERE id = :id")
                .param("r", revisionId)
                .param("now", utc(now))
                .param("id", articleId)
                .update();
        jdbc.sql("INSERT INTO revision_publication (revision_id, published_at) VALUES (:r, :now)")
                .param("r", revisionId)
                .param("now", utc(now))
                .update();
    }

    /** Labels a revision as syndicated content (see {@link ArticleWriter#publishSyndicated}). */
    void insertSyndication(long revisionId, Syndication syndication) {
        jdbc.sql("INSERT INTO syndicated_publication (revision_id, attribution, imported_on) VALUES (:r, :a, :d)")
                .param("r", revisionId)
                .param("a", syndication.attribution())
                .param("d", syndication.importedOn())
                .update();
    }
}
