package org.salus.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional-request handling for public pages, so a browser, CDN or reverse proxy can
 * revalidate a page without the app rendering it again.
 */
public final class HttpCaching {

    /** How long shared caches may serve a public page before revalidating. */
    public static final Duration PUBLIC_MAX_AGE = Duration.ofMinutes(5);

    private HttpCaching() {}

    /**
     * Sets the caching headers of a public page and answers whether the client's copy is
     * still current (then the response is already a 304 and the caller renders nothing).
     * No {@code Vary: Cookie}: a public page is the same for every reader (the text size is a
     * stylesheet of its own, {@code /text-size.css}), so a shared cache keeps one copy for all.
     */
    public static boolean notModified(ServletWebRequest request, String etag, Instant lastModified) {
        HttpServletResponse response = request.getResponse();
        if (response != null) {
            cachePublicly(response);
        }
        return request.checkNotModified(etag, lastModified.toEpochMilli());
    }

    /**
     * Marks a public page that is cheap to render (home, A–Z, profiles) as cacheable; its ETag
     * comes from the rendered bytes ({@link WebConfiguration#bodyEtags}).
     */
    public static void cachePublicly(HttpServletResponse response) {
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(PUBLIC_MAX_AGE)
                        .cachePublic()
                        .mustRevalidate()
                        .getHeaderValue());
    }

    /** A weak ETag from the parts that decide a page's bytes. */
    public static String weakEtag(Object... parts) {
        String key = String.join(
                "|", java.util.Arrays.stream(parts).map(String::valueOf).toList());
        return "W/\"" + DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8)) + "\"";
    }
}
