package org.salus.article;

import java.time.LocalDate;

/** A credentialed reviewer's approval of one revision, and when the article is due again. */
public record MedicalReview(
        String reviewerName,
        String credentials,
        String specialty,
        LocalDate reviewedOn,
        LocalDate nextReviewDue,
        String reviewerSlug) {

    public MedicalReview(
            String reviewerName, String credentials, String specialty, LocalDate reviewedOn, LocalDate nextReviewDue) {
        this(reviewerName, credentials, specialty, reviewedOn, nextReviewDue, null);
    }

    /** The same review, by the same person, with its public profile linked. */
    public MedicalReview withReviewerSlug(String slug) {
        return new MedicalReview(reviewerName, credentials, specialty, reviewedOn, nextReviewDue, slug);
    }

    /** True once the next review date has passed. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(nextReviewDue);
    }
}
