package org.salus.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salus.api.keys.ApiKey;
import org.salus.api.keys.ApiKeys;
import org.salus.limits.RateLimit;
import org.salus.limits.RateLimitBuckets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who is calling the API and how often. A client sends its key as {@code X-API-Key} or
 * {@code Authorization: Bearer}; a key that is unknown or revoked is refused with 401 rather
 * than treated as anonymous, so a partner notices at once. Each key has its own token bucket
 * ({@code salus.api.key-limit} per {@code period}); clients without a key share one per client
 * address with the lower {@code anonymous-limit}. Past it: 429 with {@code Retry-After}.
 * <p>
 * On PostgreSQL the buckets are shared by every app node ({@link RateLimitBuckets}), so a client
 * gets its limit across the cluster, not once per node; on H2 (one node) they live in memory.
 */
class ApiRateLimiter extends OncePerRequestFilter {

    static final String KEY_HEADER = "X-API-Key";
    static final String LIMIT_HEADER = "X-RateLimit-Limit";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final ApiKeys keys;
    private final ApiSettings settings;
    private final JsonMapper json;
    private final RateLimitBuckets buckets;

    ApiRateLimiter(ApiKeys keys, ApiSettings settings, JsonMapper json, RateLimitBuckets buckets) {
        this.keys = keys;
        this.settings = settings;
        this.json = json;
        this.buckets = buckets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        String bucketKey;
        int limit;
        if (token != null) {
            Optional<ApiKey> key = keys.check(token);
            if (key.isEmpty()) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"salus-api\"");
                problem(
                        response,
                        401,
                        "Unknown API key",
                        "The API key sent is not known or was revoked. Send a valid key, or none for anonymous use.");
                return;
            }
            bucketKey = "api:key:" + key.get().id();
            limit = settings.keyLimit();
        } else {
            bucketKey = "api:ip:" + request.getRemoteAddr();
            limit = settings.anonymousLimit();
        }
        ConsumptionProbe probe = buckets.tryConsume(bucketKey, new RateLimit(limit, settings.period()));
        response.setHeader(LIMIT_HEADER, String.valueOf(limit));
        response.setHeader(REMAINING_HEADER, String.valueOf(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problem(
                    response,
                    429,
                    "Too many requests",
                    "This client sent more than " + limit + " requests in "
                            + settings.period() + ". Retry after " + seconds + " seconds"
                            + (token == null ? ", or ask the publisher for an API key." : "."));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The key from X-API-Key or a Bearer authorization, or null when the request carries none. */
    static String token(HttpServletRequest request) {
        String header = request.getHeader(KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    private void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
