package org.salus.web;

/**
 * Characters no form field may carry: the C0 controls other than tab, line feed and carriage
 * return, DEL, and halves of a surrogate pair without their other half. PostgreSQL refuses NUL in
 * text outright (the insert fails), and the others are invisible, break feeds and XML, and are
 * never typed on purpose; they arrive by fuzzing or by pasting from other programs.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** True when {@code text} holds none of the refused characters; {@code null} is clean. */
    public static boolean isClean(CharSequence text) {
        return text == null || firstRefused(text) < 0;
    }

    /** {@code text} without the refused characters, so a form can show what was typed and be sent again. */
    public static String removed(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!refusedAt(text, i)) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    private static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (refusedAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refusedAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == 0x7F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
