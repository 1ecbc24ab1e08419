package org.salus.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.BrotliOutputStream;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * The content codings the site can send, and the choice among them from {@code Accept-Encoding}.
 * The static edition ({@code edition}) writes its pre-compressed siblings with the same encoders.
 */
public enum ContentCoding {
    BROTLI("br"),
    GZIP("gzip");

    final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    /**
     * The coding to use for a request, or {@code null} for none: the one with the highest
     * {@code q} value the client accepts (RFC 9110 §12.5.3, including {@code *}), Brotli first on
     * a tie since it is smaller. No header, or an empty one, means the client takes the body as is.
     */
    static ContentCoding negotiate(String acceptEncoding, boolean brotliAvailable) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return null;
        }
        Map<String, Double> weights = weights(acceptEncoding);
        ContentCoding best = null;
        double bestWeight = 0;
        for (ContentCoding coding : values()) {
            if (coding == BROTLI && !brotliAvailable) {
                continue;
            }
            double weight = weights.getOrDefault(coding.token, weights.getOrDefault("*", 0.0));
            if (weight > bestWeight) {
                best = coding;
                bestWeight = weight;
            }
        }
        return best;
    }

    private static Map<String, Double> weights(String header) {
        Map<String, Double> weights = new HashMap<>();
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String token = parts[0].trim().toLowerCase(Locale.ROOT);
            if (token.equals("x-gzip")) {
                token = "gzip"; // RFC 9110 §8.4.1.3: recipients treat x-gzip as gzip
            }
            weights.merge(token, quality(parts), Math::max);
        }
        return weights;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0; // a malformed weight accepts nothing rather than failing the request
                }
            }
        }
        return 1;
    }

    /** Whether the Brotli encoder's native library loads on this platform (gzip only if not). */
    public static boolean brotliAvailable() {
        return Brotli4jLoader.isAvailable();
    }

    /** A stream that encodes into {@code target}; closing it ends the encoding but not the target. */
    public OutputStream encoder(OutputStream target, int brotliQuality) throws IOException {
        OutputStream unclosable = new java.io.FilterOutputStream(target) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        if (this == GZIP) {
            return new GZIPOutputStream(unclosable, 8192);
        }
        return new BrotliOutputStream(
                unclosable, new Encoder.Parameters().setQuality(brotliQuality).setMode(Encoder.Mode.TEXT));
    }
}
