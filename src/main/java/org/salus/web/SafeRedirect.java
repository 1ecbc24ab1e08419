package org.salus.web;

/**
 * Keeps "return to" addresses on this site, so a crafted link cannot bounce readers elsewhere.
 */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    /** The path itself when it is a local path such as {@code /topics/x?letter=A}, else {@code /}. */
    public static String localPath(String candidate) {
        if (candidate == null || candidate.length() > 2000 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.startsWith("/\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        return candidate;
    }
}
