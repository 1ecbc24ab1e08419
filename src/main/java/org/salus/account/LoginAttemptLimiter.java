package org.salus.account;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: at most {@link #PER_ACCOUNT} sign-in attempts per account and address
 * and {@link #PER_ADDRESS} per address in {@link #WINDOW}. Past that, the attempt is not even
 * checked and the reader is told plainly to wait.
 */
class LoginAttemptLimiter extends OncePerRequestFilter {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(WINDOW.multipliedBy(2)).build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String username = String.valueOf(request.getParameter("username")).strip().toLowerCase();
        boolean allowed = bucket("ip:" + address, PER_ADDRESS).tryConsume(1)
                && bucket("user:" + username + "@" + address, PER_ACCOUNT).tryConsume(1);
        if (!allowed) {
            response.sendRedirect(request.getContextPath() + "/login?tooMany");
            return;
        }
        chain.doFilter(request, response);
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
                .build());
    }
}
