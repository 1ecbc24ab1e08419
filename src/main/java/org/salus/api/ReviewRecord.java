package org.salus.api;

import java.time.LocalDate;

/** The medical review that approved the published text, and when the article is due again. */
public record ReviewRecord(String reviewerName, String credentials, String specialty, LocalDate reviewedOn,
        LocalDate nextReviewDue, String reviewerUrl) {
}
