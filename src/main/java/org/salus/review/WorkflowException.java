package org.salus.review;

/**
 * A workflow step that the rules forbid (approving your own revision, publishing what no reviewer
 * approved, editing on top of a newer revision). {@code messageKey} explains it to the person.
 */
public class WorkflowException extends RuntimeException {

    private final String messageKey;

    public WorkflowException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
