package org.salus.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

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
        String reviewerUrl) {}
