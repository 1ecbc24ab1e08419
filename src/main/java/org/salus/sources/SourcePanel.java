package org.salus.sources;

import java.time.Instant;
import java.util.List;

/**
 * The source watch block of an article's editorial page ({@code editor/sourceWatch.jte}).
 *
 * @param cited how many sources of the live revision have a URL
 * @param checked how many of them the watch has checked
 * @param lastChecked the latest check of any of them, or {@code null}
 */
public record SourcePanel(List<SourceNotice> notices, int cited, int checked, Instant lastChecked) {

    /** An article with no live revision, or no source with a URL: nothing to show. */
    public static final SourcePanel NONE = new SourcePanel(List.of(), 0, 0, null);

    public boolean shown() {
        return cited > 0;
    }
}
