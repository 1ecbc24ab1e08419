package org.salus.feedback;

import java.util.LinkedHashMap;
import java.util.Map;

import org.salus.web.ControlCharacters;

/**
 * Either form as typed: a helpful answer ({@code helpful} "yes"/"no" and an optional
 * {@code comment}) or a problem report ({@code problem} and a required {@code description}).
 * {@code website} is a honeypot people never see and bots fill in.
 */
public record FeedbackForm(String helpful, String comment, String problem, String description, String website) {

    public static final int MAX_COMMENT = 500;
    public static final int MIN_DESCRIPTION = 10;
    public static final int MAX_DESCRIPTION = 2000;

    static FeedbackForm helpful(String answer) {
        return new FeedbackForm("yes".equals(answer) || "no".equals(answer) ? answer : "", "", "", "", "");
    }

    static FeedbackForm problem(String kind) {
        return new FeedbackForm("", "", ProblemKind.fromCode(text(kind)).isPresent() ? kind : "", "", "");
    }

    public boolean isBot() {
        return website != null && !website.isBlank();
    }

    /** True for "yes", false for "no"; only call when {@link #helpfulProblems()} found nothing. */
    boolean saidYes() {
        return "yes".equals(text(helpful));
    }

    /** Field → message key of what is wrong with a helpful answer; empty when it may be stored. */
    Map<String, String> helpfulProblems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"yes".equals(text(helpful)) && !"no".equals(text(helpful))) {
            errors.put("helpful", "feedback.error.helpful");
        }
        checkText(errors, "comment", comment, 0, MAX_COMMENT, "feedback.error.commentLength");
        return errors;
    }

    /** Field → message key of what is wrong with a problem report; empty when it may be stored. */
    Map<String, String> reportProblems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ProblemKind.fromCode(text(problem)).isEmpty()) {
            errors.put("problem", "feedback.error.problem");
        }
        checkText(errors, "description", description, MIN_DESCRIPTION, MAX_DESCRIPTION, "feedback.error.description");
        return errors;
    }

    /** The form with control characters taken out of the text fields, to give back to the reader. */
    FeedbackForm withoutControlCharacters() {
        return new FeedbackForm(
                helpful, ControlCharacters.removed(comment), problem, ControlCharacters.removed(description), website);
    }

    private static void checkText(
            Map<String, String> errors, String field, String value, int min, int max, String key) {
        int length = text(value).length();
        if (length < min || length > max) {
            errors.put(field, key);
        } else if (!ControlCharacters.isClean(value)) {
            errors.put(field, "feedback.error.controlCharacters");
        }
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
