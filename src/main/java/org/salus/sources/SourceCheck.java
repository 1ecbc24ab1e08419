package org.salus.sources;

import java.time.Instant;

/**
 * One row of {@code source_check}: what the last check of a cited URL found.
 *
 * @param outcome {@code ok}, {@code moved} (answered at another address), {@code gone} (404 or 410),
 *     {@code unreachable} (no answer, or an error status) or {@code refused} (a private address)
 * @param textHash the main text's hash at the last answer that had a body ({@link MainText})
 * @param lastChanged when a check first saw a hash that differs from the one before; {@code null} until then
 * @param outcomeSince since when the outcome has been what it is
 */
record SourceCheck(
        String url,
        String outcome,
        Integer httpStatus,
        String finalUrl,
        String etag,
        String lastModified,
        String textHash,
        String problem,
        Instant firstSeen,
        Instant lastChecked,
        Instant lastChanged,
        Instant outcomeSince) {

    /** The check after {@code previous} (may be {@code null}: the URL's first check) that found {@code fetch}. */
    static SourceCheck after(String url, SourceCheck previous, Fetch fetch, Instant now) {
        Builder next = new Builder(url, previous);
        Integer status = fetch.status();
        if (fetch.refused()) {
            next.outcome = "refused";
            next.problem = fetch.problem();
        } else if (status == null) {
            next.outcome = "unreachable";
            next.problem = fetch.problem();
        } else if (status == 304) {
            next.answered(fetch);
        } else if (status == 404 || status == 410) {
            next.outcome = "gone";
            next.finalUrl = fetch.finalUrl();
        } else if (status >= 200 && status < 300) {
            next.answered(fetch);
            String hash = MainText.hash(fetch.body().data(), fetch.contentType(), fetch.finalUrl());
            if (next.textHash != null && !next.textHash.equals(hash)) {
                next.lastChanged = now;
            }
            next.textHash = hash;
        } else {
            next.outcome = "unreachable";
            next.finalUrl = fetch.finalUrl();
            next.problem = "HTTP " + status;
        }
        boolean same = previous != null && previous.outcome().equals(next.outcome);
        return new SourceCheck(
                url,
                next.outcome,
                status,
                next.finalUrl,
                next.etag,
                next.lastModified,
                next.textHash,
                next.problem,
                previous == null ? now : previous.firstSeen(),
                now,
                next.lastChanged,
                same ? previous.outcomeSince() : now);
    }

    /** The fields a check carries over from the one before unless it learns better. */
    private static final class Builder {
        final String url;
        String outcome;
        String finalUrl;
        String etag;
        String lastModified;
        String textHash;
        String problem;
        Instant lastChanged;

        Builder(String url, SourceCheck previous) {
            this.url = url;
            if (previous != null) {
                finalUrl = previous.finalUrl();
                etag = previous.etag();
                lastModified = previous.lastModified();
                textHash = previous.textHash();
                lastChanged = previous.lastChanged();
            }
        }

        /** A 2xx or 304: the page is there, at its own address or another. */
        void answered(Fetch fetch) {
            finalUrl = fetch.finalUrl();
            outcome = finalUrl.equals(url.trim()) ? "ok" : "moved";
            if (fetch.etag() != null || fetch.lastModified() != null || fetch.status() != 304) {
                etag = fetch.etag();
                lastModified = fetch.lastModified();
            }
        }
    }
}
