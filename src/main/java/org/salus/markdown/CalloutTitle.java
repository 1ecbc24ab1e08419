package org.salus.markdown;

/**
 * The visible heading of one kind of callout in one language, e.g. "Call 911 now".
 *
 * @param text   the heading as readers read it
 * @param phone  the number inside {@code text} to make a {@code tel:} link, or null for none
 * @param href   that link's address, e.g. {@code tel:911}
 */
public record CalloutTitle(String text, String phone, String href) {

    /** A heading without a phone number. */
    public static CalloutTitle plain(String text) {
        return new CalloutTitle(text, null, null);
    }
}
