package org.salus.cdshooks.feedback;

import org.springframework.http.HttpStatus;

/**
 * Feedback refused before anything was stored: the status, the FHIR issue type and a sentence for
 * the EHR team. The sentence never quotes the request beyond the entry number and field name.
 */
class FeedbackRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String issueType;

    FeedbackRefusal(HttpStatus status, String issueType, String message) {
        super(message, null, false, false);
        this.status = status;
        this.issueType = issueType;
    }

    static FeedbackRefusal invalid(String message) {
        return new FeedbackRefusal(HttpStatus.BAD_REQUEST, "invalid", message);
    }

    HttpStatus status() {
        return status;
    }

    String issueType() {
        return issueType;
    }
}
