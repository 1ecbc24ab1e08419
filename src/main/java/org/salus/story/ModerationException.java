package org.salus.story;

/** A moderation step that cannot be taken (already decided, no such story, no reason given). */
public class ModerationException extends RuntimeException {

    private final String messageKey;

    public ModerationException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
