package org.salus.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps slow request bodies from taking every Tomcat worker. A worker reads a body with
 * blocking reads, each bounded only by the connection timeout, so a client sending a byte every
 * few seconds held a worker for hours; a few hundred such clients stopped the whole site.
 * <ul>
 * <li>One client address may send at most {@code max-per-address} bodies at once; more are
 * refused at once with 503 and {@code Retry-After} (nginx's {@code limit_conn} answer). A form or
 * JSON body counts only while it arrives, an upload until its request ends.</li>
 * <li>A form or other non-multipart body is read here, before anything else, and must arrive
 * whole within {@code timeout} (else 408) and {@code max-buffered} (else 413).</li>
 * <li>A multipart upload is taken only under {@code /admin/} (imports) and at {@code /editor/images} (415 elsewhere) and is read
 * by the application with no overall deadline (an upload may be large): the per-address cap is
 * its bound. What the application left unread (a refused upload) is drained here under the
 * timeout while the address's slot is held.</li>
 * </ul>
 * Refusals are 408, 413 and 503, for which Tomcat closes the connection without reading the rest
 * of the body, and 415, after which it reads once more at most ({@code max-swallow-size=0}). They
 * are written by {@link Refusals} (the site's error page, problem+json or plain text), never through
 * the dispatcher, whose multipart check and {@code getParameter} calls would make Tomcat read the
 * slow body on this worker after all.
 */
class SlowBodyGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SlowBodyGuard.class);
    /** Where uploads are taken (admin imports, editors' images): the application reads those bodies itself. */
    static final List<String> UPLOADS = List.of("/admin/", "/editor/images");

    private final RequestBodyProperties settings;
    private final Refusals refusals;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    SlowBodyGuard(RequestBodyProperties settings, Refusals refusals) {
        this.settings = settings;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        AtomicInteger count = inFlight.compute(address, (key, current) -> {
            AtomicInteger counter = current == null ? new AtomicInteger() : current;
            counter.incrementAndGet();
            return counter;
        });
        Slot slot = new Slot(address);
        try {
            if (count.get() > settings.maxPerAddress()) {
                log.debug("Refused a request body from {}: {} already in progress", address, count.get() - 1);
                response.setHeader(HttpHeaders.RETRY_AFTER, "10");
                refusals.send(request, response, Refusals.BUSY);
                return;
            }
            guarded(request, response, chain, slot);
        } finally {
            slot.release();
        }
    }

    /**
     * An address's place among those sending bodies, given back once: when a buffered body has
     * arrived (the client can no longer hold the worker, so a busy client such as an EHR's server
     * may have many requests in the application at once), else when the request ends.
     */
    private final class Slot {
        private final String address;
        private boolean held = true;

        Slot(String address) {
            this.address = address;
        }

        void release() {
            if (held) {
                held = false;
                inFlight.computeIfPresent(address, (key, counter) -> counter.decrementAndGet() == 0 ? null : counter);
            }
        }
    }

    private void guarded(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Slot slot)
            throws ServletException, IOException {
        long deadline = System.nanoTime() + settings.timeout().toNanos(); // elapsed time, not a date: no Clock
        if (isMultipart(request)) {
            if (UPLOADS.stream()
                    .noneMatch(path -> request.getRequestURI().startsWith(request.getContextPath() + path))) {
                refusals.send(request, response, Refusals.NO_UPLOADS);
                return;
            }
            chain.doFilter(request, response);
            drain(request.getInputStream(), deadline);
            return;
        }
        long declared = request.getContentLengthLong();
        long max = settings.maxBuffered().toBytes();
        if (declared > max) {
            refusals.send(request, response, Refusals.TOO_LARGE);
            return;
        }
        byte[] body = read(request.getInputStream(), deadline, max);
        if (body == null) {
            refusals.send(request, response, Refusals.TOO_SLOW);
            return;
        }
        if (body.length > max) {
            refusals.send(request, response, Refusals.TOO_LARGE);
            return;
        }
        slot.release();
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The whole body, {@code null} past the deadline, or more than {@code max} bytes if too long. */
    private static byte[] read(InputStream in, long deadline, long max) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            body.write(buffer, 0, read);
            if (System.nanoTime() - deadline > 0) {
                return null;
            }
            if (body.size() > max) {
                break;
            }
        }
        return body.toByteArray();
    }

    /** Reads what the application left of an upload, until the deadline; Tomcat closes after that. */
    private static void drain(InputStream in, long deadline) {
        byte[] buffer = new byte[8192];
        try {
            while (System.nanoTime() - deadline < 0 && in.read(buffer) != -1) {
                // discarded: the answer has been given
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the application read the body through a reader
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
