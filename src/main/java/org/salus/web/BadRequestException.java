package org.salus.web;

/**
 * A request a person can correct; answered with status 400 and the message under
 * {@link #messageKey()}, never with the raw input echoed back.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;

    public BadRequestException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
