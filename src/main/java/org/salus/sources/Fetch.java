package org.salus.sources;

/**
 * What one fetch of a source found: an answer (any status, after following redirects), or why there
 * was none.
 *
 * @param status the final answer's HTTP status; {@code null} when there was none
 * @param finalUrl where the redirects ended; {@code null} when there was no answer
 * @param problem why there was no answer (timeout, refused address, too many redirects), or {@code null}
 * @param refused true when the request was refused before it left (a private address)
 */
record Fetch(
        Integer status,
        String finalUrl,
        String etag,
        String lastModified,
        String contentType,
        CappedBody.Bytes body,
        String problem,
        boolean refused) {

    static Fetch answer(
            int status, String finalUrl, String etag, String lastModified, String type, CappedBody.Bytes body) {
        return new Fetch(status, finalUrl, etag, lastModified, type, body, null, false);
    }

    static Fetch unreachable(String problem) {
        return new Fetch(null, null, null, null, null, null, problem, false);
    }

    static Fetch refused(String problem) {
        return new Fetch(null, null, null, null, null, null, problem, true);
    }
}
