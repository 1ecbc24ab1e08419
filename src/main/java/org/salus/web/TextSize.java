package org.salus.web;

import java.util.Arrays;

/**
 * The reader's chosen text size, kept in a cookie so that it works without JavaScript and
 * applies to every page. Each size is a CSS class on the {@code <html>} element.
 */
public enum TextSize {
    SMALL,
    MEDIUM,
    LARGE,
    LARGEST;

    public static final String COOKIE = "salus_text_size";

    /** The size a cookie or request parameter names; medium for anything unknown or missing. */
    public static TextSize parse(String value) {
        return Arrays.stream(values())
                .filter(size -> size.code().equals(value))
                .findFirst()
                .orElse(MEDIUM);
    }

    public static boolean isKnown(String value) {
        return Arrays.stream(values()).anyMatch(size -> size.code().equals(value));
    }

    public String code() {
        return name().toLowerCase();
    }

    public String cssClass() {
        return "text-" + code();
    }
}
