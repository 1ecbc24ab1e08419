package org.salus.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Keeps "return to" addresses on this site, so a crafted link cannot bounce readers elsewhere.
 */
public final class SafeRedirect {

    private SafeRedirect() {}

    /**
     * The path itself when it is a local path such as {@code /topics/x?letter=A}, else {@code /};
     * characters beyond ASCII percent-encoded as UTF-8 ({@code /search?q=café} becomes
     * {@code /search?q=caf%C3%A9}), since a {@code Location} header may carry ASCII only.
     */
    public static String localPath(String candidate) {
        if (candidate == null
                || candidate.length() > 2000
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.startsWith("/\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        try {
            URI uri = new URI(candidate); // keeps %XX escapes as they are, refuses malformed ones
            return uri.getScheme() == null && uri.getRawAuthority() == null ? uri.toASCIIString() : "/";
        } catch (URISyntaxException e) { // a space, | or the like: not an address this site links to
            return "/";
        }
    }
}
