package org.salus.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salus.article.ContentBody;
import org.salus.article.OptionDraft;
import org.salus.article.QuestionDraft;
import org.salus.article.QuestionKind;
import org.salus.article.SectionDraft;
import org.salus.article.SectionType;
import tools.jackson.core.JacksonException;

/**
 * Writes every article revision as a content file ({@code articles/<slug>/rev-<n>.md}): front matter
 * with the content-file keys, then the body as the editor's form writes it ({@link ContentBody}),
 * quiz questions included, so {@code import content} reads a copy back (docs/backup.md). The
 * revision's number and date, which a content file has no key for, are a YAML comment. The
 * article's {@code translation_of:} (the original it translates, held by the article and not the
 * revision, like its slug) is written with every copy, so a re-import keeps the group. A copy has
 * no {@code review:} record: imported again it is a draft for a medical reviewer, never published.
 * Each part is read by one streaming query ({@link RevisionParts}), whatever the number of revisions.
 */
final class RevisionCopy implements AutoCloseable {

    private final RevisionParts alsoCalled;
    private final RevisionParts codes;
    private final RevisionParts sources;
    private final RevisionParts related;
    private final RevisionParts sections;
    private final RevisionParts questions;
    private final RevisionParts options;

    /** @param quizzes whether the schema has the quiz tables (a test schema may have none) */
    RevisionCopy(Connection connection, boolean quizzes) throws SQLException {
        alsoCalled = new RevisionParts(
                connection, "SELECT revision_id, name FROM revision_also_called ORDER BY revision_id, ordinal");
        codes = new RevisionParts(
                connection,
                "SELECT revision_id, code_system, code, display FROM revision_code ORDER BY revision_id, ordinal");
        sources = new RevisionParts(
                connection,
                "SELECT revision_id, organisation, title, url, accessed_on FROM revision_source"
                        + " ORDER BY revision_id, ordinal");
        related = new RevisionParts(
                connection,
                "SELECT rr.revision_id, a.slug FROM revision_related rr JOIN article a ON a.id = rr.related_article_id"
                        + " ORDER BY rr.revision_id, rr.ordinal");
        sections = new RevisionParts(
                connection,
                "SELECT revision_id, section_type, heading, body_markdown FROM revision_section"
                        + " ORDER BY revision_id, ordinal");
        questions = new RevisionParts(
                connection,
                quizzes
                        ? "SELECT revision_id, ordinal, kind, prompt, explanation_markdown, support_slug, support_anchor,"
                                + " support_text FROM revision_question ORDER BY revision_id, ordinal"
                        : "SELECT id FROM revision WHERE 1 = 0");
        options = new RevisionParts(
                connection,
                quizzes
                        ? "SELECT revision_id, question_ordinal, text, correct FROM revision_question_option"
                                + " ORDER BY revision_id, question_ordinal, ordinal"
                        : "SELECT id FROM revision WHERE 1 = 0");
    }

    /** The content file of the revision at the current row of {@code revision} (ordered by id). */
    String write(ResultSet revision) throws SQLException {
        long id = revision.getLong("id");
        StringBuilder text = new StringBuilder("---\n")
                .append("# Revision ")
                .append(revision.getInt("revision_number"))
                .append(", saved ")
                .append(revision.getObject("created_at", LocalDateTime.class))
                .append(" UTC. A content file: 'import content' reads it back as a draft.\n")
                .append(field("slug", revision.getString("slug")))
                .append(field("title", revision.getString("title")))
                .append(field("language", revision.getString("language")))
                .append(
                        revision.getString("translation_of") == null
                                ? ""
                                : field("translation_of", revision.getString("translation_of")))
                .append(field("type", revision.getString("content_type")))
                .append(field("summary", revision.getString("summary")));
        list(text, "also_called", alsoCalled.of(id, rows -> json(rows.getString(2))));
        items(text, "codes", codes.of(id, RevisionCopy::code));
        items(text, "sources", sources.of(id, RevisionCopy::source));
        list(text, "related", related.of(id, rows -> json(rows.getString(2))));
        text.append(field("author", revision.getString("author")))
                .append(field("change_kind", revision.getString("change_kind")))
                .append(field("change_note", revision.getString("change_note")))
                .append("---\n\n")
                .append(ContentBody.of(sections.of(id, RevisionCopy::section), questions(id)));
        return text.toString();
    }

    /** An option with the ordinal of its question. */
    private record NumberedOption(int question, OptionDraft option) {}

    private List<QuestionDraft> questions(long id) throws SQLException {
        Map<Integer, List<OptionDraft>> byQuestion = new LinkedHashMap<>();
        for (NumberedOption numbered : options.of(
                id,
                rows -> new NumberedOption(rows.getInt(2), new OptionDraft(rows.getString(3), rows.getBoolean(4))))) {
            byQuestion
                    .computeIfAbsent(numbered.question(), q -> new ArrayList<>())
                    .add(numbered.option());
        }
        return questions.of(
                id,
                rows -> new QuestionDraft(
                        QuestionKind.fromCode(rows.getString(3)).orElseThrow(),
                        rows.getString(4),
                        byQuestion.getOrDefault(rows.getInt(2), List.of()),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8)));
    }

    private static SectionDraft section(ResultSet rows) throws SQLException {
        return new SectionDraft(
                SectionType.fromCode(rows.getString(2)).orElseThrow(), rows.getString(3), rows.getString(4));
    }

    private static String code(ResultSet rows) throws SQLException {
        Map<String, String> code = new LinkedHashMap<>();
        code.put("system", rows.getString(2));
        code.put("code", rows.getString(3));
        code.put("display", rows.getString(4));
        return flow(code);
    }

    private static String source(ResultSet rows) throws SQLException {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("organisation", rows.getString(2));
        source.put("title", rows.getString(3));
        if (rows.getString(4) != null) {
            source.put("url", rows.getString(4));
        }
        LocalDate accessed = rows.getObject(5, LocalDate.class);
        if (accessed != null) {
            source.put("accessed", accessed.toString());
        }
        return flow(source);
    }

    /** {@code key: ["a", "b"]}, or nothing when the list is empty. */
    private static void list(StringBuilder text, String key, List<String> values) {
        if (!values.isEmpty()) {
            text.append(key).append(": [").append(String.join(", ", values)).append("]\n");
        }
    }

    /** {@code key:} and one {@code - {...}} line per item, or nothing when there is none. */
    private static void items(StringBuilder text, String key, List<String> values) {
        if (!values.isEmpty()) {
            text.append(key).append(":\n");
            values.forEach(value -> text.append("  - ").append(value).append('\n'));
        }
    }

    /** A YAML flow mapping, {@code {key: "value", ...}}, in the map's order. */
    private static String flow(Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((key, value) -> pairs.add(key + ": " + json(value)));
        return "{" + String.join(", ", pairs) + "}";
    }

    /** A front-matter line; the value as a JSON string, which YAML reads too. */
    static String field(String name, String value) {
        return name + ": " + json(value) + "\n";
    }

    private static String json(String value) {
        try {
            return BackupJson.MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (RevisionParts parts : List.of(alsoCalled, codes, sources, related, sections, questions, options)) {
            parts.close();
        }
    }
}
