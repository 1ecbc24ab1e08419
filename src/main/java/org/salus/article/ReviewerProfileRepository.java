package org.salus.article;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for reviewer profiles. */
@Repository
public class ReviewerProfileRepository {

    private static final String SELECT = "SELECT id, slug, name, credentials, specialty, bio, user_id FROM reviewer_profile";

    private final JdbcClient jdbc;

    ReviewerProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReviewerProfile> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug").param("slug", slug).query(ReviewerProfileRepository::row).optional();
    }

    public Optional<ReviewerProfile> findByUserId(long userId) {
        return jdbc.sql(SELECT + " WHERE user_id = :id").param("id", userId).query(ReviewerProfileRepository::row).optional();
    }

    /** The profile of an imported review's reviewer (no account), created on first use. */
    public ReviewerProfile findOrCreateByName(String name, String credentials, String specialty) {
        String slug = Slugs.of(name);
        return findBySlug(slug).orElseGet(() -> {
            insert(slug, name, credentials, specialty, null, null);
            return findBySlug(slug).orElseThrow();
        });
    }

    /** Creates or updates the profile of a reviewer who has an account. */
    public ReviewerProfile saveForUser(long userId, String name, String credentials, String specialty, String bio) {
        Optional<ReviewerProfile> existing = findByUserId(userId);
        if (existing.isPresent()) {
            jdbc.sql("UPDATE reviewer_profile SET name = :name, credentials = :cred, specialty = :spec, bio = :bio WHERE id = :id")
                    .param("name", name).param("cred", credentials).param("spec", specialty).param("bio", bio)
                    .param("id", existing.get().id()).update();
            return findByUserId(userId).orElseThrow();
        }
        String slug = uniqueSlug(Slugs.of(name));
        insert(slug, name, credentials, specialty, bio, userId);
        return findByUserId(userId).orElseThrow();
    }

    /** Published articles whose current revision this reviewer approved: slug and title. */
    public List<RelatedArticle> reviewedArticles(long profileId) {
        return jdbc.sql("""
                SELECT DISTINCT a.slug, r.title, r.summary
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                JOIN medical_review m ON m.revision_id = r.id
                WHERE m.reviewer_profile_id = :id AND m.decision = 'approved' AND a.retired_at IS NULL
                ORDER BY r.title""")
                .param("id", profileId)
                .query((rs, n) -> new RelatedArticle(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private void insert(String slug, String name, String credentials, String specialty, String bio, Long userId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reviewer_profile (slug, name, credentials, specialty, bio, user_id)
                VALUES (:slug, :name, :cred, :spec, :bio, :user)""")
                .param("slug", slug).param("name", name).param("cred", credentials).param("spec", specialty)
                .param("bio", bio).param("user", userId)
                .update(key, "id");
    }

    private static ReviewerProfile row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReviewerProfile(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                rs.getString("credentials"), rs.getString("specialty"), rs.getString("bio"),
                rs.getObject("user_id", Long.class));
    }
}
