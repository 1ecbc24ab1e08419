package org.salus.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed and sitemap settings, {@code salus.feed.*}.
 *
 * @param maxEntries        entries in {@code /feed.atom}, newest publications first
 * @param sitemapUrlsPerFile addresses per sitemap file; the protocol allows 50,000 (and 50 MB),
 *                          we stay well under so one file is quick to build and fetch
 */
@ConfigurationProperties("salus.feed")
public record FeedProperties(
        @DefaultValue("50") Integer maxEntries,
        @DefaultValue("10000") Integer sitemapUrlsPerFile) {

    static final int SITEMAP_PROTOCOL_LIMIT = 50_000;

    public FeedProperties {
        maxEntries = Math.max(1, Math.min(maxEntries, 500));
        sitemapUrlsPerFile = Math.max(1, Math.min(sitemapUrlsPerFile, SITEMAP_PROTOCOL_LIMIT));
    }
}
