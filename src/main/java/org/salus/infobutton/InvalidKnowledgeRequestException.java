package org.salus.infobutton;

/**
 * A knowledge request that breaks the URL-based implementation guide's rules. Answered with 400
 * and a short plain-text message naming the parameter; the offending value is never repeated,
 * so nothing a sender typed is reflected back.
 */
class InvalidKnowledgeRequestException extends RuntimeException {

    InvalidKnowledgeRequestException(String message) {
        super(message, null, false, false);
    }
}
