package org.salus.cdn;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the CDN headers of a keyed reader response ({@link SurrogateKeys}) when it starts: the
 * keys, and {@code stale-while-revalidate}/{@code stale-if-error} in its public
 * {@code Cache-Control}. Those replace {@code must-revalidate}, which forbids a cache to serve a stale
 * copy at all (RFC 9111 §4.2.4). Responses that no reader controller keyed (editorial, personal,
 * assets, errors) are left as they are.
 */
class CdnHeaders extends OncePerRequestFilter {

    private final List<String> stale = new ArrayList<>();

    CdnHeaders(CdnProperties settings) {
        add("stale-while-revalidate", settings.staleWhileRevalidate());
        add("stale-if-error", settings.staleIfError());
    }

    private void add(String directive, Duration duration) {
        if (!duration.isZero()) {
            stale.add(directive + "=" + duration.toSeconds());
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KeyedResponse keyed = new KeyedResponse(request, response);
        chain.doFilter(request, keyed);
        keyed.start(); // an answer without a body (a 304) starts only now
    }

    /** {@code max-age=300, must-revalidate, public} → {@code max-age=300, public, stale-...}. */
    String withStale(String cacheControl) {
        if (stale.isEmpty() || !cacheControl.contains("public") || cacheControl.contains("stale-")) {
            return cacheControl;
        }
        List<String> directives = new ArrayList<>(Arrays.stream(cacheControl.split(","))
                .map(String::strip)
                .filter(d -> !d.isEmpty() && !d.equalsIgnoreCase("must-revalidate"))
                .toList());
        directives.addAll(stale);
        return String.join(", ", directives);
    }

    /** Adds the headers once, just before the first byte of the body (or at the end, without one). */
    private final class KeyedResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean started;

        KeyedResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        void start() {
            if (started) {
                return;
            }
            started = true;
            Set<String> tagged = SurrogateKeys.of(request);
            if (tagged == null || getStatus() >= 400 || isCommitted()) {
                return;
            }
            Set<String> keys = SurrogateKeys.written(tagged);
            setHeader(SurrogateKeys.SURROGATE_KEY, String.join(" ", keys));
            setHeader(SurrogateKeys.CACHE_TAG, String.join(",", keys));
            String cacheControl = getHeader(HttpHeaders.CACHE_CONTROL);
            if (cacheControl != null) {
                setHeader(HttpHeaders.CACHE_CONTROL, withStale(cacheControl));
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            start();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            start();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            start();
            super.flushBuffer();
        }
    }
}
