package org.salus.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.salus.article.MedicalReview;

/** The medical review that approved the published text, and when the article is due again. */
public record ReviewRecord(
        String reviewerName,
        String credentials,
        @Schema(types = {"string", "null"}) String specialty,
        LocalDate reviewedOn,
        LocalDate nextReviewDue,

        @Schema(
                types = {"string", "null"},
                description = "Null when the reviewer has no public profile")
        String reviewerUrl) {

    /** The payload of a review, or null when there is none (syndicated text); {@code base} is the site's address. */
    static ReviewRecord of(MedicalReview review, String base) {
        if (review == null) {
            return null;
        }
        return new ReviewRecord(
                review.reviewerName(),
                review.credentials(),
                review.specialty(),
                review.reviewedOn(),
                review.nextReviewDue(),
                review.reviewerSlug() == null ? null : base + "/reviewers/" + review.reviewerSlug());
    }
}
