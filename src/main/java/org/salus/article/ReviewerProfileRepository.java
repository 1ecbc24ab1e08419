package org.salus.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for reviewer profiles. */
@Repository
public class ReviewerProfileRepository {

    private static final String SELECT =
            "SELECT id, slug, name, credentials, specialty, bio, user_id, affiliations, licence_body, licence_number,"
                    + " disclosure_state, disclosures, confirmed_on, photo_image_id FROM reviewer_profile";

    private final JdbcClient jdbc;

    ReviewerProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ReviewerProfile> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug")
                .param("slug", slug)
                .query(ReviewerProfileRepository::row)
                .optional();
    }

    public Optional<ReviewerProfile> findByUserId(long userId) {
        return jdbc.sql(SELECT + " WHERE user_id = :id")
                .param("id", userId)
                .query(ReviewerProfileRepository::row)
                .optional();
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
            jdbc.sql(
                            "UPDATE reviewer_profile SET name = :name, credentials = :cred, specialty = :spec, bio = :bio WHERE id = :id")
                    .param("name", name)
                    .param("cred", credentials)
                    .param("spec", specialty)
                    .param("bio", bio)
                    .param("id", existing.get().id())
                    .update();
            return findByUserId(userId).orElseThrow();
        }
        String slug = uniqueSlug(Slugs.of(name));
        insert(slug, name, credentials, specialty, bio, userId);
        return findByUserId(userId).orElseThrow();
    }

    /** Every profile, by name: the administrator's list. */
    public List<ReviewerProfile> all() {
        return jdbc.sql(SELECT + " ORDER BY name, slug")
                .query(ReviewerProfileRepository::row)
                .list();
    }

    /**
     * Stores what readers are told about the reviewer beyond name and credentials. With
     * {@code confirmedOn} the administrator confirmed the whole profile that day; null keeps the
     * previous confirmation date.
     */
    public void saveDetails(
            long id,
            List<String> affiliations,
            String licenceBody,
            String licenceNumber,
            ReviewerProfile.Disclosure disclosure,
            String disclosures,
            LocalDate confirmedOn) {
        jdbc.sql("""
                UPDATE reviewer_profile SET affiliations = :aff, licence_body = :body, licence_number = :num,
                    disclosure_state = :state, disclosures = :disc, confirmed_on = COALESCE(:confirmed, confirmed_on)
                WHERE id = :id""")
                .param("aff", affiliations.isEmpty() ? null : String.join("\n", affiliations))
                .param("body", licenceBody)
                .param("num", licenceNumber)
                .param("state", disclosure.code())
                .param("disc", disclosure == ReviewerProfile.Disclosure.DECLARED ? disclosures : null)
                .param("confirmed", confirmedOn, java.sql.Types.DATE)
                .param("id", id)
                .update();
    }

    /** Shows the image library entry {@code imageId} as the reviewer's photo; null removes the photo. */
    public void savePhoto(long id, Long imageId) {
        jdbc.sql("UPDATE reviewer_profile SET photo_image_id = :image WHERE id = :id")
                .param("image", imageId, java.sql.Types.BIGINT)
                .param("id", id)
                .update();
    }

    /**
     * Live articles whose page credits this reviewer: the newest approving review of the published
     * revision (the one the "Reviewed by" line shows) is theirs. Every live article is listed on
     * exactly one reviewer's page, that of the reviewer its readers see.
     */
    public List<RelatedArticle> reviewedArticles(long profileId) {
        return jdbc.sql("""
                SELECT a.slug, r.title, r.summary, a.id
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                JOIN medical_review m ON m.revision_id = r.id AND m.decision = 'approved'
                WHERE m.reviewer_profile_id = :id AND a.retired_at IS NULL AND %s
                  AND NOT EXISTS (SELECT 1 FROM medical_review n WHERE n.revision_id = r.id AND n.decision = 'approved'
                                  AND (n.reviewed_on > m.reviewed_on OR (n.reviewed_on = m.reviewed_on AND n.id > m.id)))
                ORDER BY r.title, a.slug""".formatted(TopicListing.healthSql("a")))
                .param("id", profileId)
                .query((rs, n) -> new RelatedArticle(rs.getLong(4), rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Live articles this reviewer approved in a version that went live (or confirmed), now credited
     * to another reviewer's newer review; never an article of {@link #reviewedArticles}.
     */
    public List<RelatedArticle> previouslyReviewedArticles(long profileId) {
        List<String> current =
                reviewedArticles(profileId).stream().map(RelatedArticle::slug).toList();
        return jdbc
                .sql("""
                SELECT a.slug, r.title, r.summary, a.id
                FROM article a JOIN revision r ON r.id = a.published_revision_id
                WHERE a.retired_at IS NULL AND %s AND %s
                  AND EXISTS (SELECT 1 FROM medical_review m JOIN revision mr ON mr.id = m.revision_id
                              WHERE mr.article_id = a.id AND m.reviewer_profile_id = :id AND m.decision = 'approved'
                                AND EXISTS (SELECT 1 FROM revision_publication p WHERE p.revision_id = mr.id))
                ORDER BY r.title, a.slug""".formatted(ReaderVisibility.sql("r.id"), TopicListing.healthSql("a")))
                .param("id", profileId)
                .query((rs, n) -> new RelatedArticle(rs.getLong(4), rs.getString(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .filter(article -> !current.contains(article.slug()))
                .toList();
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
                .param("slug", slug)
                .param("name", name)
                .param("cred", credentials)
                .param("spec", specialty)
                .param("bio", bio)
                .param("user", userId)
                .update(key, "id");
    }

    private static ReviewerProfile row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReviewerProfile(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("name"),
                rs.getString("credentials"),
                rs.getString("specialty"),
                rs.getString("bio"),
                rs.getObject("user_id", Long.class),
                lines(rs.getString("affiliations")),
                rs.getString("licence_body"),
                rs.getString("licence_number"),
                ReviewerProfile.Disclosure.fromCode(rs.getString("disclosure_state")),
                rs.getString("disclosures"),
                rs.getObject("confirmed_on", LocalDate.class),
                rs.getObject("photo_image_id", Long.class));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(l -> !l.isBlank()).toList();
    }
}
