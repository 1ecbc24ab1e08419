package org.salus.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;

/**
 * A response whose body is compressed on its way out when it is text, large enough and the
 * client accepts a coding. The decision waits for the first bytes (or the declared length), so
 * the headers the application set by then (type, status, ETag) decide it. For a HEAD request
 * the body is counted and dropped after the same decision, so HEAD answers GET's headers.
 */
final class CompressingResponse extends HttpServletResponseWrapper {

    private final ContentCoding coding;
    private final boolean discardBody;
    private final Set<String> mimeTypes;
    private final int minSize;
    private final int brotliQuality;

    private long declaredLength = -1;
    private boolean untouched; // sendError/sendRedirect: the container writes that answer
    private Body body;
    private PrintWriter writer;

    CompressingResponse(
            HttpServletResponse response,
            ContentCoding coding,
            boolean discardBody,
            Set<String> mimeTypes,
            int minSize,
            int brotliQuality) {
        super(response);
        this.coding = coding;
        this.discardBody = discardBody;
        this.mimeTypes = mimeTypes;
        this.minSize = minSize;
        this.brotliQuality = brotliQuality;
    }

    // --- the declared length is held back until we know whether the body is compressed ---

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (decided()) {
            if (!body.compressing) {
                super.setContentLengthLong(length);
            }
        } else {
            declaredLength = length;
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
            setContentLengthLong(value == null ? -1 : Long.parseLong(value.trim()));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
            setHeader(name, value);
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    // --- the body ---

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called");
        }
        return body();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (body != null) {
                throw new IllegalStateException("getOutputStream() has already been called");
            }
            writer = new PrintWriter(new OutputStreamWriter(body(), getCharacterEncoding()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (body != null) {
            body.flush();
        } else {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (body != null && !decided()) {
            body.pending.reset();
        }
    }

    @Override
    public void reset() {
        super.reset();
        declaredLength = -1;
        if (body != null && !decided()) {
            body.pending.reset();
        }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        untouched = true;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        untouched = true;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        untouched = true;
        super.sendRedirect(location);
    }

    /** Ends the response: decides if nothing did yet and finishes the encoding. */
    void finish() throws IOException {
        if (untouched) {
            return;
        }
        if (writer != null) {
            writer.flush();
        }
        if (body != null) {
            body.finish();
        } else {
            decideHeaders(0, true); // a 304 or an empty answer still gets Vary and its ETag form
        }
    }

    /** Frees the encoder (Brotli's is native memory) if an error cut the response short. */
    void release() {
        if (body != null) {
            body.release();
        }
    }

    private Body body() throws IOException {
        if (body == null) {
            body = new Body(super.getOutputStream());
        }
        return body;
    }

    private boolean decided() {
        return body != null && body.target != null;
    }

    /**
     * Sets the headers for a body of {@code length} bytes (the whole body when {@code complete},
     * else at least that many) and answers whether it is compressed.
     */
    private boolean decideHeaders(long length, boolean complete) {
        if (untouched) {
            return false;
        }
        int status = getStatus();
        String type = getContentType();
        boolean text = type != null && mimeTypes.contains(baseType(type));
        boolean notModified = status == HttpServletResponse.SC_NOT_MODIFIED;
        if (text || (notModified && type == null)) {
            addVary();
        }
        boolean compress = coding != null
                && length >= minSize
                && (text && compressibleStatus(status))
                && getHeader(HttpHeaders.CONTENT_ENCODING) == null
                && getHeader(HttpHeaders.CONTENT_RANGE) == null
                && !noTransform();
        if (compress || (notModified && coding != null)) {
            weakenEtag(); // RFC 9110 §8.8.3: a strong ETag names one exact byte sequence
        }
        if (compress) {
            super.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token);
        } else if (declaredLength >= 0) {
            super.setContentLengthLong(declaredLength);
        } else if (complete && !isCommitted() && status != HttpServletResponse.SC_NOT_MODIFIED) {
            super.setContentLengthLong(length); // as GET would get it, also for HEAD
        }
        return compress;
    }

    private static boolean compressibleStatus(int status) {
        return status >= 200
                && status != HttpServletResponse.SC_NO_CONTENT
                && status != HttpServletResponse.SC_PARTIAL_CONTENT
                && status != HttpServletResponse.SC_NOT_MODIFIED;
    }

    private static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private boolean noTransform() {
        String cacheControl = getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-transform");
    }

    private void addVary() {
        Collection<String> vary = getHeaders(HttpHeaders.VARY);
        for (String value : vary) {
            for (String field : value.split(",")) {
                String name = field.trim();
                if (name.equals("*") || name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)) {
                    return;
                }
            }
        }
        super.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    private void weakenEtag() {
        String etag = getHeader(HttpHeaders.ETAG);
        if (etag != null && etag.startsWith("\"")) {
            super.setHeader(HttpHeaders.ETAG, "W/" + etag);
        }
    }

    /** Holds the first bytes until the decision, then writes through the chosen target. */
    private final class Body extends ServletOutputStream {

        private final ServletOutputStream raw;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private OutputStream target;
        private OutputStream encoder;
        private boolean compressing;
        private boolean finished;

        Body(ServletOutputStream raw) {
            this.raw = raw;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (target != null) {
                target.write(bytes, offset, length);
                return;
            }
            if (declaredLength >= 0) {
                decide(declaredLength, false);
                target.write(bytes, offset, length);
                return;
            }
            pending.write(bytes, offset, length);
            if (pending.size() >= minSize) {
                decide(pending.size(), false);
            }
        }

        @Override
        public void flush() throws IOException {
            if (target == null) {
                decide(pending.size(), false);
            }
            target.flush();
            if (!discardBody) {
                raw.flush();
            }
        }

        @Override
        public void close() throws IOException {
            finish();
        }

        void finish() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            if (target == null) {
                decide(pending.size(), true);
            }
            if (encoder != null) {
                encoder.close(); // writes the coding's trailer; leaves the raw stream open
                encoder = null;
            }
        }

        void release() {
            if (encoder != null) {
                try {
                    encoder.close();
                } catch (IOException | RuntimeException ignored) {
                    // the client has gone; only the encoder's memory matters now
                }
                encoder = null;
            }
        }

        private void decide(long length, boolean complete) throws IOException {
            compressing = decideHeaders(length, complete);
            if (discardBody) {
                target = OutputStream.nullOutputStream();
            } else if (compressing) {
                encoder = coding.encoder(raw, brotliQuality);
                target = encoder;
            } else {
                target = raw;
            }
            pending.writeTo(target);
            pending.reset();
        }

        @Override
        public boolean isReady() {
            return raw.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            raw.setWriteListener(listener);
        }
    }
}
