package org.salus.feed;

import java.time.Instant;
import java.util.List;

/**
 * One address in a sitemap, as a site path, with when its content last changed and the same
 * page in other languages.
 *
 * @param alternates the page in every language it has, itself included (hreflang), or empty
 */
record SitemapUrl(String path, Instant lastModified, List<Alternate> alternates) {

    record Alternate(String language, String path) {}
}
