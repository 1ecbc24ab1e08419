package org.salus.review;

/**
 * How long the notes, comments and reasons of the workflow's small forms may be: within their
 * columns (medical_review.notes 4,000, term_revision.review_notes 2,000, article.retired_reason
 * 1,000) and the audit log's 2,000, so the whole text is kept in both. The forms carry the same
 * {@code maxlength}; line breaks count as one character, as browsers count them there.
 */
public final class NoteLimits {

    public static final int NOTES = 2000;
    public static final int REASON = 1000;

    private NoteLimits() {}

    /** Review notes or change requests, with line breaks as {@code \n}; refused when too long. */
    public static String notes(String text) {
        return within(text, NOTES, "workflow.notesTooLong");
    }

    /** A reason for retiring; refused when too long. */
    public static String reason(String text) {
        return within(text, REASON, "workflow.reasonTooLong");
    }

    private static String within(String text, int max, String messageKey) {
        if (text == null) {
            return null;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        if (lines.strip().length() > max) {
            throw new WorkflowException(messageKey);
        }
        return lines;
    }
}
