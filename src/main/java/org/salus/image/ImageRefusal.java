package org.salus.image;

/**
 * An upload the library will not take, with the message key that tells the editor why and what
 * to do instead ({@code image.refused.*} in the bundles).
 */
public final class ImageRefusal extends Exception {

    private final String messageKey;

    ImageRefusal(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
