package org.salus.web;

import java.util.Arrays;

/**
 * The reader's chosen text size, kept in a cookie so that it works without JavaScript and
 * applies to every page. The page's HTML is the same for every size (so one file or CDN object
 * serves every reader): the size is the stylesheet {@code /text-size.css} the app picks from
 * the cookie ({@link TextSizeStylesheets}).
 */
public enum TextSize {
    SMALL("87.5%"),
    MEDIUM("100%"),
    LARGE("118.75%"),
    LARGEST("137.5%");

    public static final String COOKIE = "salus_text_size";

    private final String rootFontSize;

    TextSize(String rootFontSize) {
        this.rootFontSize = rootFontSize;
    }

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

    /** The {@code font-size} of {@code <html>}: every size on the site is in rem, so this scales them all. */
    String rootFontSize() {
        return rootFontSize;
    }
}
