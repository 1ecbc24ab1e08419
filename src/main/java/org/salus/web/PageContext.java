package org.salus.web;

import java.time.LocalDate;

/**
 * What every page template needs besides its own model: language, the reader's text size,
 * UI strings, the current path (for "return here" links) and the site settings.
 */
public record PageContext(String lang, TextSize textSize, Messages messages, String path,
        String baseUrl, SiteProperties site) {

    /** A date as readers of this language write it, e.g. "October 3, 2026". */
    public String date(LocalDate date) {
        return messages.dateFormat().format(date);
    }

    /** The absolute address of a path on this site, for canonical links and structured data. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
