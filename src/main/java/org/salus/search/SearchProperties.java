package org.salus.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index, {@code salus.search.*}.
 *
 * @param indexDir         the Lucene index folder (derived data: rebuilt from the database when missing, stale or
 *                         unreadable); default {@code search-index} in {@code salus.data-dir}, set in
 *                         {@code application.properties} because it is built from that placeholder
 * @param startupWait      how long start-up waits for a rebuild before serving; search catches up in the background
 * @param rebuildWhenStale whether an index behind the change log, or unreadable, is rebuilt at start; when false
 *                         it is kept as it is and a warning logged
 */
@ConfigurationProperties("salus.search")
public record SearchProperties(
        Path indexDir,
        @DefaultValue("PT2M") Duration startupWait,
        @DefaultValue("true") boolean rebuildWhenStale) {}
