package org.salus.dictionary.importing.ontology;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL an ontology import needs besides {@link org.salus.dictionary.Dictionary#saveAll}: slug
 * lookups before saving, and a term's codes ({@code term_code}) after.
 */
@Repository
class OntologyTermRepository {

    private final JdbcClient jdbc;

    OntologyTermRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The slug of the term imported earlier from this source id, if there is one. */
    Optional<String> slugOf(String source, String sourceId) {
        return jdbc.sql("SELECT slug FROM term WHERE source = :source AND source_id = :sid")
                .param("source", source)
                .param("sid", sourceId)
                .query(String.class)
                .optional();
    }

    /** Whether any term, live or retired, has this slug. */
    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM term WHERE slug = :slug")
                        .param("slug", slug)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<Long> idOf(String source, String sourceId) {
        return jdbc.sql("SELECT id FROM term WHERE source = :source AND source_id = :sid")
                .param("source", source)
                .param("sid", sourceId)
                .query(Long.class)
                .optional();
    }

    /** Replaces the term's codes with these. */
    void replaceCodes(long termId, List<CodeMapping.Code> codes) {
        jdbc.sql("DELETE FROM term_code WHERE term_id = :id")
                .param("id", termId)
                .update();
        for (CodeMapping.Code code : codes) {
            jdbc.sql("INSERT INTO term_code (term_id, code_system, code) VALUES (:id, :system, :code)")
                    .param("id", termId)
                    .param("system", code.system())
                    .param("code", code.code())
                    .update();
        }
    }

    /** The term's codes as {@code SYSTEM:code}, sorted; for reports and tests. */
    List<String> codesOf(long termId) {
        return jdbc.sql("SELECT code_system || ':' || code FROM term_code WHERE term_id = :id ORDER BY 1")
                .param("id", termId)
                .query(String.class)
                .list();
    }
}
