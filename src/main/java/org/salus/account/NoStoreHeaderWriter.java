package org.salus.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Spring Security's default "do not store" for answers that set no caching of their own, as
 * {@code Cache-Control} alone: its default writer also sends the HTTP/1.0 {@code Pragma: no-cache}
 * and {@code Expires: 0}, which HTTP linters flag and every cache since 1999 ignores when
 * {@code Cache-Control} is present (RFC 9111 §5.3, §5.4).
 */
final class NoStoreHeaderWriter implements HeaderWriter {

    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() != HttpStatus.NOT_MODIFIED.value()
                && !response.containsHeader(HttpHeaders.CACHE_CONTROL)
                && !response.containsHeader(HttpHeaders.EXPIRES)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
