package org.salus.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

/**
 * Markdown copies of the content, for people who open the archive without Salus: every article
 * revision as {@code articles/<slug>/rev-<n>.md}, a content file that {@code import content} reads
 * ({@link RevisionCopy}, quiz questions included), every live term as {@code terms/<slug>.md} and every term
 * revision as {@code terms/<slug>/rev-<n>.md}. A restore never reads them: the table files are the
 * backup, these are a view of it (and are checksummed like every entry).
 */
final class ReadableCopies {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    private final Connection connection;
    private final ArchiveWriter archive;
    private int files;

    ReadableCopies(Connection connection, ArchiveWriter archive) {
        this.connection = connection;
        this.archive = archive;
    }

    /**
     * Writes the copies of what {@code schema} holds (a schema without articles or terms, such as
     * a test schema, gets none); returns how many files.
     */
    int write(DatabaseSchema schema) throws SQLException, IOException {
        if (schema.table("revision").isPresent()
                && schema.table("revision_section").isPresent()) {
            articleRevisions(schema.table("revision_question").isPresent());
        }
        if (schema.table("term").isPresent()) {
            terms();
        }
        if (schema.table("term_revision").isPresent()) {
            termRevisions();
        }
        return files;
    }

    private void articleRevisions(boolean quizzes) throws SQLException, IOException {
        String sql = "SELECT r.id, r.revision_number, r.title, r.summary, r.author, r.change_kind, r.change_note,"
                + " r.created_at, a.slug, a.language, a.content_type, o.slug AS translation_of"
                + " FROM revision r JOIN article a ON a.id = r.article_id"
                + " LEFT JOIN article o ON o.id = a.translation_of ORDER BY r.id";
        try (RevisionCopy copy = new RevisionCopy(connection, quizzes);
                Statement statement = connection.createStatement()) {
            statement.setFetchSize(200);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    entry(
                            "articles/" + safe(rows.getString("slug")) + "/rev-" + rows.getInt("revision_number")
                                    + ".md",
                            copy.write(rows));
                }
            }
        }
    }

    private void terms() throws SQLException, IOException {
        String sql =
                "SELECT slug, name, pronunciation, definition_markdown, source, retired_at FROM term ORDER BY slug";
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    StringBuilder text = new StringBuilder("# ")
                            .append(rows.getString("name"))
                            .append("\n\n");
                    if (rows.getString("pronunciation") != null) {
                        text.append("Pronounced: ")
                                .append(rows.getString("pronunciation"))
                                .append("\n\n");
                    }
                    text.append(rows.getString("definition_markdown").strip())
                            .append("\n\n")
                            .append("Source: ")
                            .append(rows.getString("source"))
                            .append('\n');
                    if (rows.getObject("retired_at") != null) {
                        text.append("Retired: ")
                                .append(rows.getObject("retired_at", LocalDateTime.class))
                                .append('\n');
                    }
                    entry("terms/" + safe(rows.getString("slug")) + ".md", text);
                }
            }
        }
    }

    private void termRevisions() throws SQLException, IOException {
        String sql =
                "SELECT slug, revision_number, name, pronunciation, definition_markdown, state, change_note, created_at"
                        + " FROM term_revision ORDER BY slug, revision_number";
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    StringBuilder text = new StringBuilder("---\n")
                            .append(field("term", rows.getString("slug")))
                            .append("revision: ")
                            .append(rows.getInt("revision_number"))
                            .append('\n')
                            .append(field("state", rows.getString("state")))
                            .append(field(
                                    "created_at", String.valueOf(rows.getObject("created_at", LocalDateTime.class))))
                            .append(field("change_note", rows.getString("change_note")))
                            .append("---\n\n# ")
                            .append(rows.getString("name"))
                            .append("\n\n");
                    if (rows.getString("pronunciation") != null) {
                        text.append("Pronounced: ")
                                .append(rows.getString("pronunciation"))
                                .append("\n\n");
                    }
                    text.append(rows.getString("definition_markdown").strip()).append('\n');
                    entry(
                            "terms/" + safe(rows.getString("slug")) + "/rev-" + rows.getInt("revision_number") + ".md",
                            text);
                }
            }
        }
    }

    private void entry(String name, CharSequence text) throws IOException {
        try (OutputStream out = archive.begin(name)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        archive.end();
        files++;
    }

    private static String field(String name, String value) {
        return RevisionCopy.field(name, value);
    }

    /** A slug as a path segment: never a separator or "..", whatever the database holds. */
    static String safe(String slug) {
        String cleaned = UNSAFE.matcher(slug).replaceAll("_");
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "_" + cleaned : cleaned;
    }
}
