package org.salus.sources;

import java.time.Instant;

/**
 * Something an editor should know about one cited source of a live revision.
 *
 * @param kind {@code changed} (the page's main text changed after the source was cited), {@code gone}
 *     (404 or 410), {@code moved} (it answers at {@code finalUrl}), {@code unreachable} (no answer or an
 *     error status: {@code problem} says which) or {@code refused} (its address is private)
 * @param since when it changed, or since when it has been gone, moved, unreachable or refused
 */
public record SourceNotice(
        String kind,
        String articleSlug,
        String articleTitle,
        String organisation,
        String title,
        String url,
        String finalUrl,
        Integer httpStatus,
        String problem,
        Instant since) {}
