/**
 * The editorial workflow of article revisions (write, submit, medical review, publish, retire):
 * table {@code revision_workflow} (the reviews themselves, {@code medical_review}, are stored by {@code article});
 * routes under {@code /editor}. Other packages use {@link org.salus.review.WorkflowState},
 * {@link org.salus.review.WorkflowStep}, {@link org.salus.review.ReviewRules} and its workflow exceptions.
 */
package org.salus.review;
