package org.salus.edition;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The static edition, {@code salus.static.*}.
 *
 * @param dir           the folder the edition is kept in ({@code pages/}, {@code gone/}, {@code edition.json});
 *                      unset: no edition is written while the site runs
 * @param brotliQuality 0–11, for the {@code .br} files; each page is compressed once per change, so a little more
 *                      than per-request compression pays, but 7 and above cost ten times 6 for under 1% smaller
 *                      pages (docs/static-edition.md)
 * @param threads       pages rendered at once during a whole-site write (export, a restore, a new version); more
 *                      than the cores, since each render also waits on the loopback request and the file writes:
 *                      on 2 cores, 2 threads kept 1.6 cores busy and 4 cut a whole export from 70 to 51 s
 *                      (docs/static-edition.md)
 * @param retryAfter    how long after a page could not be rendered (the app answered 5xx or not at all) it is
 *                      tried again
 */
@ConfigurationProperties("salus.static")
public record StaticEditionProperties(
        Path dir,
        @DefaultValue("6") int brotliQuality,
        @DefaultValue("4") int threads,
        @DefaultValue("PT10S") Duration retryAfter) {

    public StaticEditionProperties {
        if (brotliQuality < 0 || brotliQuality > 11) {
            throw new IllegalArgumentException("salus.static.brotli-quality must be 0–11, not " + brotliQuality);
        }
        threads = Math.max(1, threads);
    }

    /** Whether the running site keeps an edition. */
    boolean enabled() {
        return dir != null && !dir.toString().isBlank();
    }
}
