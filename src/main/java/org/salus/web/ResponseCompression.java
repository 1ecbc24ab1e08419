package org.salus.web;

import java.io.IOException;
import java.util.Set;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Compresses text answers with Brotli or gzip, whichever the client prefers, in place of
 * Tomcat's compression. Tomcat's never compresses an answer with a strong ETag (the pages and API
 * lists whose ETag {@code ShallowEtagHeaderFilter} computes from the body), offers no Brotli, and
 * did not know {@code text/javascript}. Here the ETag of a compressed answer is made weak, which
 * still matches on revalidation, and every text answer says {@code Vary: Accept-Encoding}.
 * <p>
 * A HEAD request runs as a GET whose body is dropped here, so it answers GET's headers, ETag
 * included (the servlet's own HEAD handling drops the body before the ETag filters see it).
 */
class ResponseCompression extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ResponseCompression.class);

    private final Set<String> mimeTypes;
    private final int minSize;
    private final int brotliQuality;
    private final boolean brotli;

    ResponseCompression(CompressionProperties settings) {
        this.mimeTypes = settings.mimeTypeSet();
        this.minSize = (int) Math.min(Integer.MAX_VALUE, settings.minSize().toBytes());
        this.brotliQuality = settings.brotliQuality();
        this.brotli = settings.brotli() && brotliLoads();
    }

    /** Whether the Brotli encoder's native library loads on this platform; gzip only if not. */
    private static boolean brotliLoads() {
        if (Brotli4jLoader.isAvailable()) {
            return true;
        }
        log.warn(
                "Brotli is not available on this platform, responses use gzip only: {}",
                String.valueOf(Brotli4jLoader.getUnavailabilityCause()));
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean head = "HEAD".equalsIgnoreCase(request.getMethod());
        ContentCoding coding = ContentCoding.negotiate(request.getHeader(HttpHeaders.ACCEPT_ENCODING), brotli);
        CompressingResponse compressing =
                new CompressingResponse(response, coding, head, mimeTypes, minSize, brotliQuality);
        try {
            chain.doFilter(head ? new AsGet(request) : request, compressing);
            compressing.finish();
        } finally {
            compressing.release();
        }
    }

    /** Error pages are text too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** A HEAD request seen as the GET it mirrors (RFC 9110 §9.3.2: the same header fields). */
    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
