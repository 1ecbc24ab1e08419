package org.salus.imports.medlineplus;

import java.util.List;

import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links two articles as translations of each other ({@code article_translation}, V22), in both
 * directions. An article has at most one translation per language: linking it to another
 * Spanish article (MedlinePlus re-mapped a topic) replaces the old link.
 */
@Repository
class TranslationLinks {

    private final JdbcClient jdbc;
    private final ChangeLog changes;

    TranslationLinks(JdbcClient jdbc, ChangeLog changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /**
     * Links articles {@code a} and {@code b}, which must be in different languages.
     *
     * @return false when they were linked already (nothing changed)
     */
    @Transactional
    boolean link(long a, long b) {
        int linked = jdbc.sql("SELECT COUNT(*) FROM article_translation WHERE article_id = :a AND translation_id = :b")
                .param("a", a)
                .param("b", b)
                .query(Integer.class)
                .single();
        if (linked > 0) {
            return false;
        }
        // Their former partners lose a link too: every page whose translation links change is named.
        List<Long> before = jdbc.sql("SELECT translation_id FROM article_translation WHERE article_id IN (:a, :b)")
                .param("a", a)
                .param("b", b)
                .query(Long.class)
                .list();
        unlinkSameLanguage(a, b);
        unlinkSameLanguage(b, a);
        jdbc.sql("INSERT INTO article_translation (article_id, translation_id) VALUES (:a, :b), (:b, :a)")
                .param("a", a)
                .param("b", b)
                .update();
        Change.Builder change =
                Change.of(Change.Kind.TRANSLATIONS_LINKED).article(a).article(b);
        before.forEach(change::article);
        changes.append(change);
        return true;
    }

    /** Drops {@code from}'s links (both directions) to other articles in {@code to}'s language. */
    private void unlinkSameLanguage(long from, long to) {
        String others = """
                SELECT t.translation_id FROM article_translation t JOIN article x ON x.id = t.translation_id
                WHERE t.article_id = :from
                  AND x.language = (SELECT language FROM article WHERE id = :to)""";
        for (long other : jdbc.sql(others)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .list()) {
            jdbc.sql("""
                    DELETE FROM article_translation
                    WHERE (article_id = :from AND translation_id = :other) OR (article_id = :other AND translation_id = :from)""").param("from", from).param("other", other).update();
        }
    }
}
