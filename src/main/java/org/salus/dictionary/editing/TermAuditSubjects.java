package org.salus.dictionary.editing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.salus.audit.AuditEntry;
import org.salus.audit.AuditSubject;
import org.salus.audit.AuditSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dictionary terms in the audit log: the name of the term's newest revision, its history page,
 * and term revision numbers (the log stores term revision ids).
 */
@Component
class TermAuditSubjects implements AuditSubjects {

    private final JdbcClient jdbc;

    TermAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, AuditSubject> describe(List<AuditEntry> entries) {
        List<AuditEntry> mine =
                entries.stream().filter(e -> e.termSlug() != null).toList();
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names =
                names(mine.stream().map(AuditEntry::termSlug).collect(Collectors.toSet()));
        Map<Long, Integer> numbers = numbers(mine.stream()
                .flatMap(e -> Stream.of(e.fromRevision(), e.toRevision()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, AuditSubject> described = new HashMap<>();
        for (AuditEntry entry : mine) {
            described.put(
                    entry.id(),
                    new AuditSubject(
                            names.getOrDefault(entry.termSlug(), entry.termSlug()),
                            "/editor/dictionary/terms/" + entry.termSlug(),
                            numbers.get(entry.fromRevision()),
                            numbers.get(entry.toRevision())));
        }
        return described;
    }

    private Map<String, String> names(Collection<String> slugs) {
        Map<String, String> found = new HashMap<>();
        jdbc.sql("""
                SELECT t.slug, t.name FROM term_revision t
                WHERE t.slug IN (:slugs)
                  AND t.revision_number = (SELECT MAX(n.revision_number) FROM term_revision n WHERE n.slug = t.slug)""").param("slugs", List.copyOf(slugs)).query(rs -> {
            found.put(rs.getString(1), rs.getString(2));
        });
        return found;
    }

    private Map<Long, Integer> numbers(Collection<Long> ids) {
        Map<Long, Integer> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, revision_number FROM term_revision WHERE id IN (:ids)")
                    .param("ids", List.copyOf(ids))
                    .query(rs -> {
                        found.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return found;
    }
}
