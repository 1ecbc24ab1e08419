/**
 * Page feedback: "Was this page helpful?" with an optional comment, and "Report a problem with this
 * page", sent from every article page; the editors' queue with counts per article. Table
 * {@code page_feedback}; routes {@code /topics/{slug}/feedback}, {@code /topics/{slug}/problem}
 * (readers) and {@code /editor/feedback} (editors). Comments are screened with
 * {@code story.screening}, the stories' screener. Nothing else uses this package.
 */
package org.salus.feedback;
