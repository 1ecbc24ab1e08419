package org.salus.dictionary;

import java.time.LocalDate;

/** The medical review of a term's live text: who approved the revision that was published, and when. */
public record TermReview(String reviewerName, String credentials, LocalDate reviewedOn) {}
