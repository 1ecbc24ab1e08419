package org.salus.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Fingerprinted addresses of the static files ({@code /css/salus-<md5>.css}, from Spring's
 * content-version strategy, {@code spring.web.resources.chain.*}) and their caching: a current
 * fingerprinted address never changes content, so browsers keep it a year without asking again;
 * the plain address (old pages, links from elsewhere) is kept a day.
 */
@Component
public class StaticAssets implements HandlerInterceptor {

    static final CacheControl FINGERPRINTED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl PLAIN = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final ObjectProvider<ResourceUrlProvider> urls;
    private final ContentVersionStrategy versions = new ContentVersionStrategy();
    // Only files that exist are remembered, so odd request paths cannot grow the map.
    private final Map<String, String> fingerprinted = new ConcurrentHashMap<>();

    StaticAssets(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    /** The address a page links to for a static file, e.g. {@code /css/salus.css}; one map look-up. */
    public String url(String path) {
        String url = fingerprintedOrNull(path);
        return url == null ? path : url;
    }

    /** Sets the cache lifetime of a static file before Spring's resource handler sends it. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler) {
            CacheControl cacheControl = cacheControlFor(
                    request.getRequestURI().substring(request.getContextPath().length()));
            if (cacheControl != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl.getHeaderValue());
            }
        }
        return true;
    }

    /** A year for the current fingerprinted address, a day for a plain one, nothing for no file. */
    CacheControl cacheControlFor(String path) {
        if (fingerprintedOrNull(path) != null) {
            return PLAIN;
        }
        String version = versions.extractVersion(path);
        if (version != null && path.equals(fingerprintedOrNull(versions.removeVersion(path, version)))) {
            return FINGERPRINTED;
        }
        return null; // no such file, or a fingerprint of older content: the 404 is not cached for long
    }

    private String fingerprintedOrNull(String path) {
        String known = fingerprinted.get(path);
        if (known != null) {
            return known;
        }
        ResourceUrlProvider provider = urls.getIfAvailable();
        String url = provider == null ? null : provider.getForLookupPath(path);
        if (url != null) {
            fingerprinted.put(path, url);
        }
        return url;
    }
}
