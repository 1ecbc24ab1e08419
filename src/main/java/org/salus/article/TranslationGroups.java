package org.salus.article;

import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The site's own translation groups: an article names the original it translates (a content
 * file's {@code translation_of:}, the editor's "Translation of" field). The direction is kept in
 * {@code article.translation_of} (translation → original), so a later step can tell which side is
 * the source; the pages' links are the same two-way {@code article_translation} rows the MedlinePlus
 * importer writes, so topic pages, the API, feeds and the sitemap read one table whoever linked them.
 */
@Repository
public class TranslationGroups {

    private final JdbcClient jdbc;
    private final ChangeLog changes;

    private final TranslationFreshness freshness;

    TranslationGroups(JdbcClient jdbc, ChangeLog changes, TranslationFreshness freshness) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.freshness = freshness;
    }

    /** The slug of the original that the article says it translates, if any. */
    public Optional<String> originalOf(long translationId) {
        return jdbc.sql("SELECT o.slug FROM article a JOIN article o ON o.id = a.translation_of WHERE a.id = :id")
                .param("id", translationId)
                .query(String.class)
                .optional();
    }

    /** The id of the original that the article says it translates, if any. */
    public Optional<Long> originalId(long translationId) {
        return jdbc.sql("SELECT translation_of FROM article WHERE id = :id AND translation_of IS NOT NULL")
                .param("id", translationId)
                .query(Long.class)
                .optional();
    }

    /**
     * Makes {@code originalId} (or nothing, when null) the original of {@code translationId}: the
     * link to a former original goes, the new one is written both ways. Callers check the languages.
     *
     * @return false when the article named that original already (nothing changed)
     */
    public boolean setOriginal(long translationId, Long originalId) {
        Long before = originalId(translationId).orElse(null);
        if (Objects.equals(before, originalId)) {
            return false;
        }
        Change.Builder change = Change.of(Change.Kind.TRANSLATIONS_LINKED).article(translationId);
        if (before != null) {
            unlink(translationId, before);
            change.article(before);
        }
        if (originalId != null) {
            unlink(translationId, originalId); // a MedlinePlus-style link between the two, if any
            jdbc.sql("INSERT INTO article_translation (article_id, translation_id) VALUES (:a, :b), (:b, :a)")
                    .param("a", originalId)
                    .param("b", translationId)
                    .update();
            change.article(originalId);
        }
        jdbc.sql("UPDATE article SET translation_of = :original WHERE id = :id")
                .param("original", originalId, Types.BIGINT)
                .param("id", translationId)
                .update();
        if (originalId != null) {
            freshness.recordSourceOfNewest(translationId);
        }
        changes.append(change);
        return true;
    }

    /** The articles other than {@code except} that name {@code originalId} as their original, in {@code language}. */
    public List<String> translationsIn(long originalId, String language, long except) {
        return jdbc.sql("""
                SELECT slug FROM article
                WHERE translation_of = :original AND language = :language AND id <> :except""")
                .param("original", originalId)
                .param("language", language)
                .param("except", except)
                .query(String.class)
                .list();
    }

    private void unlink(long a, long b) {
        jdbc.sql("""
                DELETE FROM article_translation
                WHERE (article_id = :a AND translation_id = :b) OR (article_id = :b AND translation_id = :a)""").param("a", a).param("b", b).update();
    }
}
