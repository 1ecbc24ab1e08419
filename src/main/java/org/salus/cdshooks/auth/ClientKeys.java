package org.salus.cdshooks.auth;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

/**
 * Where one trusted client's public keys come from: its JWK Set at an {@code https:}/{@code http:} URL or
 * in a {@code file:}. Nimbus's {@link JWKSourceBuilder} keeps the set in memory for
 * {@code salus.cds-hooks.jwks-cache}, fetches it again at once (at most every 30 seconds) when a token
 * names a {@code kid} it does not hold, and reads at most 50 KB within {@code jwks-timeout}; so a client
 * that rotates its keys is followed without a restart, for a file as for a URL.
 */
final class ClientKeys {

    /** The largest JWK Set read: a set of a few keys is 1-5 KB. */
    static final int MAX_BYTES = 50 * 1024;

    private ClientKeys() {}

    /**
     * @param jwks     the configured location ({@code salus.cds-hooks.clients[N].jwks})
     * @throws IllegalArgumentException when it is neither an http(s) URL nor a file path
     */
    static JWKSource<SecurityContext> of(String jwks, Duration timeout, Duration cache) {
        URL url = url(jwks);
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        ResourceRetriever retriever = url.getProtocol().equals("file")
                ? ClientKeys::readFile
                : new DefaultResourceRetriever(millis, millis, MAX_BYTES);
        return JWKSourceBuilder.create(url, retriever)
                .cache(cache.toMillis(), Math.max(millis, 1_000L))
                .refreshAheadCache(false)
                .retrying(false)
                .rateLimited(30_000L)
                .build();
    }

    static URL url(String jwks) {
        if (jwks == null || jwks.isBlank()) {
            throw new IllegalArgumentException("no jwks location");
        }
        try {
            URI uri = new URI(jwks.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
                throw new IllegalArgumentException("jwks must be an https: or http: URL or a file: path");
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalArgumentException("jwks is not a URL: " + e.getMessage(), e);
        }
    }

    /** A file read like a download: at most {@link #MAX_BYTES}. */
    private static Resource readFile(URL url) throws IOException {
        Path path;
        try {
            path = Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("not a file path", e);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("JWK Set file larger than " + MAX_BYTES + " bytes");
            }
            return new Resource(new String(bytes, StandardCharsets.UTF_8), "application/json");
        }
    }
}
