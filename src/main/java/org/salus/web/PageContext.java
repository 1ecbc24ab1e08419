package org.salus.web;

import java.time.LocalDate;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own model: language, the reader's text size,
 * UI strings, the current path (for "return here" links), the site settings, and for forms the
 * CSRF token (generated only when a template reads it, so reader pages create no session).
 */
public record PageContext(String lang, TextSize textSize, Messages messages, String path,
        String baseUrl, SiteProperties site, CsrfToken csrf, String signedInAs, StaticAssets assets) {

    /** Whether someone from the editorial side is signed in (editorial pages show who). */
    public boolean signedIn() {
        return signedInAs != null;
    }

    /** A date as readers of this language write it, e.g. "October 3, 2026". */
    public String date(LocalDate date) {
        return messages.dateFormat().format(date);
    }

    /** The fingerprinted address of a static file such as {@code /css/salus.css}, cached a year. */
    public String asset(String path) {
        return assets.url(path);
    }

    /** The absolute address of a path on this site, for canonical links and structured data. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
