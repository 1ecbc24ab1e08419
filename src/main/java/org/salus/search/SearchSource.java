package org.salus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.salus.article.ReaderVisibility;
import org.salus.article.TopicListing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the index holds from the database: published, unretired articles and quizzes (their
 * published revision, only when readers may see it: {@link ReaderVisibility}) and live dictionary
 * terms. The index is derived from these rows alone.
 */
@Repository
class SearchSource {

    /** Articles are read in batches of this many, so a large site never sits in memory at once. */
    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    SearchSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> publishedArticleIds() {
        return jdbc.sql(
                        "SELECT a.id FROM article a WHERE a.published_revision_id IS NOT NULL AND a.retired_at IS NULL AND "
                                + ReaderVisibility.sql("a.published_revision_id") + " AND "
                                + TopicListing.healthSql("a") + " ORDER BY a.id")
                .query(Long.class)
                .list();
    }

    /** Every published article, in batches. */
    void eachArticle(Consumer<Searchable> consumer) {
        List<Long> ids = publishedArticleIds();
        for (int from = 0; from < ids.size(); from += BATCH) {
            articles(ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach(consumer);
        }
    }

    /** The articles among these ids that are published, not retired and visible to readers. */
    List<Searchable> articles(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        record Head(
                long articleId,
                long revisionId,
                String slug,
                String language,
                String type,
                String title,
                String summary,
                String source) {}
        List<Head> heads = jdbc.sql("""
                SELECT a.id, a.published_revision_id, a.slug, a.language, a.content_type, r.title, r.summary,
                       sp.attribution
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                LEFT JOIN syndicated_publication sp ON sp.revision_id = r.id
                WHERE a.id IN (:ids) AND a.retired_at IS NULL AND %s AND %s ORDER BY a.id""".formatted(ReaderVisibility.sql("r.id"), TopicListing.healthSql("a")))
                .param("ids", articleIds)
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> revisions = heads.stream().map(Head::revisionId).toList();
        Map<Long, List<String>> also = new HashMap<>();
        jdbc.sql(
                        "SELECT revision_id, name FROM revision_also_called WHERE revision_id IN (:r) ORDER BY revision_id, ordinal")
                .param("r", revisions)
                .query(rs -> {
                    also.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.sql(
                        "SELECT revision_id, code_system, code FROM revision_code WHERE revision_id IN (:r) ORDER BY revision_id, ordinal")
                .param("r", revisions)
                .query(rs -> {
                    codes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2) + "|" + rs.getString(3));
                });
        Map<Long, StringBuilder> headings = new HashMap<>();
        Map<Long, StringBuilder> bodies = new HashMap<>();
        jdbc.sql(
                        "SELECT revision_id, heading, body_html FROM revision_section WHERE revision_id IN (:r) ORDER BY revision_id, ordinal")
                .param("r", revisions)
                .query(rs -> {
                    long revision = rs.getLong(1);
                    headings.computeIfAbsent(revision, k -> new StringBuilder())
                            .append(rs.getString(2))
                            .append('\n');
                    bodies.computeIfAbsent(revision, k -> new StringBuilder())
                            .append(plainText(rs.getString(3)))
                            .append('\n');
                });
        appendPrompts(
                heads.stream()
                        .filter(h -> Searchable.Kind.ofArticle(h.type()) == Searchable.Kind.QUIZ)
                        .map(Head::revisionId)
                        .toList(),
                bodies);
        List<Searchable> found = new ArrayList<>(heads.size());
        for (Head h : heads) {
            found.add(new Searchable(
                    "article:" + h.articleId(),
                    Searchable.Kind.ofArticle(h.type()),
                    h.language(),
                    h.type(),
                    h.slug(),
                    h.title(),
                    also.getOrDefault(h.revisionId(), List.of()),
                    h.summary(),
                    text(headings.get(h.revisionId())),
                    text(bodies.get(h.revisionId())),
                    codes.getOrDefault(h.revisionId(), List.of()),
                    h.source()));
        }
        return found;
    }

    /**
     * Adds each quiz revision's question prompts to its body, one per line: a reader finds a quiz
     * by what it asks. The options, which of them is right and the explanations stay out, so a
     * search (and its snippet) never gives an answer away.
     */
    private void appendPrompts(List<Long> quizRevisions, Map<Long, StringBuilder> bodies) {
        if (quizRevisions.isEmpty()) {
            return;
        }
        jdbc.sql(
                        "SELECT revision_id, prompt FROM revision_question WHERE revision_id IN (:r) ORDER BY revision_id, ordinal")
                .param("r", quizRevisions)
                .query(rs -> {
                    bodies.computeIfAbsent(rs.getLong(1), k -> new StringBuilder())
                            .append(rs.getString(2))
                            .append('\n');
                });
    }

    /** Every live dictionary term. */
    List<Searchable> terms() {
        Map<Long, List<String>> synonyms = new HashMap<>();
        jdbc.sql("SELECT s.term_id, s.name FROM term_synonym s JOIN term t ON t.id = s.term_id "
                        + "WHERE t.retired_at IS NULL ORDER BY s.term_id, s.ordinal")
                .query(rs -> {
                    synonyms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.sql("SELECT c.term_id, c.code_system, c.code FROM term_code c JOIN term t ON t.id = c.term_id "
                        + "WHERE t.retired_at IS NULL ORDER BY c.term_id")
                .query(rs -> {
                    codes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2) + "|" + rs.getString(3));
                });
        Map<Long, Searchable> terms = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT id, slug, language, name, short_definition, definition_html FROM term WHERE retired_at IS NULL ORDER BY id")
                .query(rs -> {
                    long id = rs.getLong(1);
                    terms.put(
                            id,
                            new Searchable(
                                    "term:" + id,
                                    Searchable.Kind.TERM,
                                    rs.getString(3),
                                    "term",
                                    rs.getString(2),
                                    rs.getString(4),
                                    synonyms.getOrDefault(id, List.of()),
                                    rs.getString(5),
                                    "",
                                    plainText(rs.getString(6)),
                                    codes.getOrDefault(id, List.of())));
                });
        return new ArrayList<>(terms.values());
    }

    /** The names of each published article (title and also-called) and live term (name and synonyms). */
    List<List<String>> nameGroups() {
        Map<Long, List<String>> articles = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.title FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.retired_at IS NULL AND %s AND %s ORDER BY r.id""".formatted(ReaderVisibility.sql("r.id"), TopicListing.healthSql("a")))
                .query(rs -> {
                    articles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        jdbc.sql("""
                SELECT c.revision_id, c.name FROM revision_also_called c
                JOIN article a ON a.published_revision_id = c.revision_id
                WHERE a.retired_at IS NULL ORDER BY c.revision_id, c.ordinal""").query(rs -> {
            List<String> names = articles.get(rs.getLong(1));
            if (names != null) {
                names.add(rs.getString(2));
            }
        });
        Map<Long, List<String>> terms = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM term WHERE retired_at IS NULL ORDER BY id")
                .query(rs -> {
                    terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        jdbc.sql("SELECT term_id, name FROM term_synonym ORDER BY term_id, ordinal")
                .query(rs -> {
                    List<String> names = terms.get(rs.getLong(1));
                    if (names != null) {
                        names.add(rs.getString(2));
                    }
                });
        List<List<String>> groups = new ArrayList<>(articles.values());
        groups.addAll(terms.values());
        return groups;
    }

    /**
     * The words readers see in sanitised HTML: tooltips the term linker added are left out (they
     * are other pages' definitions), block elements end with a space.
     */
    static String plainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select(".term-tip").remove();
        return document.body().text();
    }

    private static String text(StringBuilder builder) {
        return builder == null ? "" : builder.toString().strip();
    }
}
