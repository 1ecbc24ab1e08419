package org.salus.article;

import java.time.LocalDate;

/** A credentialed reviewer's approval of one revision, and when the article is due again. */
public record MedicalReview(String reviewerName, String credentials, String specialty,
        LocalDate reviewedOn, LocalDate nextReviewDue) {

    /** True once the next review date has passed: the page then says so. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(nextReviewDue);
    }
}
