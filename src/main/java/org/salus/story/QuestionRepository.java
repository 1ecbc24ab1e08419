package org.salus.story;

import java.util.List;
import java.util.Optional;

import org.salus.article.Slugs;
import org.salus.article.content.QuestionSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the questions of each article, with counts of published stories. */
@Repository
class QuestionRepository {

    private static final String SELECT = """
            SELECT q.id, q.article_id, a.slug AS article_slug, r.title AS article_title, a.language AS article_language,
                   q.slug, q.title, q.prompt,
                   (SELECT COUNT(*) FROM story s WHERE s.question_id = q.id AND s.state = 'published') AS published
            FROM question q JOIN article a ON a.id = q.article_id
            LEFT JOIN revision r ON r.id = a.published_revision_id""";

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Question> forArticle(long articleId) {
        return jdbc.sql(SELECT + " WHERE q.article_id = :a ORDER BY q.ordinal")
                .param("a", articleId)
                .query(QuestionRepository::row)
                .list();
    }

    Optional<Question> find(String articleSlug, String questionSlug) {
        return jdbc.sql(SELECT + " WHERE a.slug = :a AND q.slug = :q AND a.retired_at IS NULL")
                .param("a", articleSlug)
                .param("q", questionSlug)
                .query(QuestionRepository::row)
                .optional();
    }

    Optional<Long> articleIdOf(String articleSlug) {
        return jdbc.sql("SELECT id FROM article WHERE slug = :s")
                .param("s", articleSlug)
                .query(Long.class)
                .optional();
    }

    Optional<Question> findById(long id) {
        return jdbc.sql(SELECT + " WHERE q.id = :id")
                .param("id", id)
                .query(QuestionRepository::row)
                .optional();
    }

    /** Adds new questions and updates the wording of existing ones (matched by slug); none is deleted. */
    void upsert(long articleId, List<QuestionSpec> specs) {
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            String slug = Slugs.of(spec.title());
            int updated = jdbc.sql("""
                    UPDATE question SET title = :title, prompt = :prompt, ordinal = :o
                    WHERE article_id = :a AND slug = :slug""")
                    .param("title", spec.title())
                    .param("prompt", spec.prompt())
                    .param("o", i)
                    .param("a", articleId)
                    .param("slug", slug)
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO question (article_id, slug, title, prompt, ordinal)
                        VALUES (:a, :slug, :title, :prompt, :o)""")
                        .param("a", articleId)
                        .param("slug", slug)
                        .param("title", spec.title())
                        .param("prompt", spec.prompt())
                        .param("o", i)
                        .update();
            }
        }
    }

    /** Changes a question's wording; its address (slug) stays, so links keep working. */
    boolean update(long id, long articleId, String title, String prompt) {
        return jdbc.sql("UPDATE question SET title = :t, prompt = :p WHERE id = :id AND article_id = :a")
                        .param("t", title)
                        .param("p", prompt)
                        .param("id", id)
                        .param("a", articleId)
                        .update()
                == 1;
    }

    /** Adds a question at the end of the article's list; false when its address is taken. */
    boolean add(long articleId, String title, String prompt) {
        String slug = Slugs.of(title);
        int taken = jdbc.sql("SELECT COUNT(*) FROM question WHERE article_id = :a AND slug = :s")
                .param("a", articleId)
                .param("s", slug)
                .query(Integer.class)
                .single();
        if (taken > 0 || slug.isEmpty()) {
            return false;
        }
        int next = jdbc.sql("SELECT COALESCE(MAX(ordinal), -1) + 1 FROM question WHERE article_id = :a")
                .param("a", articleId)
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO question (article_id, slug, title, prompt, ordinal) VALUES (:a, :s, :t, :p, :o)")
                .param("a", articleId)
                .param("s", slug)
                .param("t", title)
                .param("p", prompt)
                .param("o", next)
                .update();
        return true;
    }

    private static Question row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Question(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getString("article_slug"),
                rs.getString("article_title"),
                rs.getString("article_language"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("prompt"),
                rs.getInt("published"));
    }
}
