package org.salus.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every HTML answer of the site carries. Spring Security writes them on
 * ordinary requests ({@code account/SecurityConfiguration} takes its policy from here); an error
 * page rendered on the container's error dispatch, after a filter in front of Spring Security
 * refused the request, gets them from {@link #addMissing}.
 */
public final class SecurityHeaders {

    /** Scripts, styles and forms from the site itself only; no framing. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** Sets each security header the response does not carry yet. */
    public static void addMissing(HttpServletResponse response) {
        setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
