package org.salus.feedback;

/** The feedback SQL on the embedded H2 database. */
class FeedbackRepositoryTests extends FeedbackRepositoryContract {}
