package org.salus.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Feed and sitemap settings, {@code salus.feed.*}.
 *
 * @param maxEntries        entries in {@code /feed.atom}, newest publications first
 * @param sitemapUrlsPerFile addresses per sitemap file; the protocol allows 50,000 (and 50 MB),
 *                          we stay well under so one file is quick to build and fetch
 */
@ConfigurationProperties("salus.feed")
public record FeedProperties(Integer maxEntries, Integer sitemapUrlsPerFile) {

    static final int SITEMAP_PROTOCOL_LIMIT = 50_000;

    public FeedProperties {
        maxEntries = maxEntries == null ? 50 : Math.max(1, Math.min(maxEntries, 500));
        sitemapUrlsPerFile = sitemapUrlsPerFile == null ? 10_000
                : Math.max(1, Math.min(sitemapUrlsPerFile, SITEMAP_PROTOCOL_LIMIT));
    }
}
