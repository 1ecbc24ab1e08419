package org.salus.imports.medlineplus;

import java.util.ArrayList;
import java.util.List;

import org.salus.article.Teaser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The MedlinePlus groups of imported articles ({@code article_group}, V23): where MedlinePlus
 * files a topic ("Digestive System", "Symptoms"). Not part of a revision, so changing them needs
 * no review.
 */
@Repository
class ArticleGroups {

    private final JdbcClient jdbc;

    ArticleGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes {@code groups} the article's MedlinePlus groups; groups without an id or name are left out. */
    void replace(long articleId, List<MedlinePlusTopic.Group> groups) {
        List<MedlinePlusTopic.Group> wanted = new ArrayList<>();
        for (MedlinePlusTopic.Group group : groups) {
            if (group.id() != null
                    && group.id().length() <= 40
                    && group.name() != null
                    && wanted.stream().noneMatch(g -> g.id().equals(group.id()))) {
                String url = TopicToArticle.webAddress(group.url());
                wanted.add(new MedlinePlusTopic.Group(group.id(), Teaser.cut(group.name(), 200), url));
            }
        }
        if (wanted.equals(of(articleId))) {
            return;
        }
        jdbc.sql("DELETE FROM article_group WHERE article_id = :a AND source = :s")
                .param("a", articleId)
                .param("s", TopicToArticle.SOURCE)
                .update();
        for (int i = 0; i < wanted.size(); i++) {
            MedlinePlusTopic.Group group = wanted.get(i);
            jdbc.sql("""
                    INSERT INTO article_group (article_id, ordinal, source, group_id, name, url)
                    VALUES (:a, :o, :s, :id, :name, :url)""")
                    .param("a", articleId)
                    .param("o", i)
                    .param("s", TopicToArticle.SOURCE)
                    .param("id", group.id())
                    .param("name", group.name())
                    .param("url", group.url())
                    .update();
        }
    }

    /** The article's MedlinePlus groups, in the file's order. */
    List<MedlinePlusTopic.Group> of(long articleId) {
        return jdbc.sql("""
                SELECT group_id, name, url FROM article_group WHERE article_id = :a AND source = :s ORDER BY ordinal""")
                .param("a", articleId)
                .param("s", TopicToArticle.SOURCE)
                .query((rs, n) -> new MedlinePlusTopic.Group(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
