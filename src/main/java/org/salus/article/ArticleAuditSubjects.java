package org.salus.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.salus.audit.AuditEntry;
import org.salus.audit.AuditSubject;
import org.salus.audit.AuditSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Articles in the audit log: the title of the article's newest revision, its history page, and
 * revision numbers as that history lists them (the log stores revision ids).
 */
@Component
class ArticleAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    ArticleAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Article(String slug, String title) {}

    @Override
    public Map<Long, AuditSubject> describe(List<AuditEntry> entries) {
        List<AuditEntry> mine =
                entries.stream().filter(e -> e.articleId() != null).toList();
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<Long, Article> articles =
                articles(mine.stream().map(AuditEntry::articleId).collect(toSet()));
        Map<Long, Integer> numbers = revisionNumbers(mine.stream()
                .flatMap(e -> Stream.of(e.fromRevision(), e.toRevision()))
                .filter(Objects::nonNull)
                .collect(toSet()));
        Map<Long, AuditSubject> described = new HashMap<>();
        for (AuditEntry entry : mine) {
            Article article = articles.get(entry.articleId());
            if (article != null) {
                described.put(
                        entry.id(),
                        new AuditSubject(
                                article.title(),
                                "/editor/articles/" + article.slug(),
                                numbers.get(entry.fromRevision()),
                                numbers.get(entry.toRevision())));
            }
        }
        return described;
    }

    @Override
    public Optional<Long> articleId(String slug) {
        return jdbc.sql("SELECT id FROM article WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional();
    }

    private Map<Long, Article> articles(Collection<Long> ids) {
        Map<Long, Article> found = new HashMap<>();
        jdbc.sql("""
                SELECT a.id, a.slug, r.title FROM article a JOIN revision r ON r.article_id = a.id
                WHERE a.id IN (:ids)
                  AND r.revision_number = (SELECT MAX(n.revision_number) FROM revision n WHERE n.article_id = a.id)""").param("ids", List.copyOf(ids)).query(rs -> {
            found.put(rs.getLong(1), new Article(rs.getString(2), rs.getString(3)));
        });
        return found;
    }

    private Map<Long, Integer> revisionNumbers(Collection<Long> ids) {
        Map<Long, Integer> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, revision_number FROM revision WHERE id IN (:ids)")
                    .param("ids", List.copyOf(ids))
                    .query(rs -> {
                        found.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return found;
    }

    private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
        return java.util.stream.Collectors.toCollection(HashSet::new);
    }
}
