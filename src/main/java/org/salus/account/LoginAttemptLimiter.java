package org.salus.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing by counting failed sign-ins, not sign-ins: at most
 * {@link #FAILURES_PER_ACCOUNT} failures per account from one address and {@link #FAILURES_PER_ADDRESS}
 * failures per address (one address trying many accounts) in {@link #WINDOW}, plus a generous cap of
 * {@link #ATTEMPTS_PER_ADDRESS} attempts of any outcome per address, so a newsroom behind one address
 * can sign in at the start of a shift. Past a limit, the attempt is not even checked and the person is
 * told plainly to wait. A successful sign-in forgets that account's failures from that address.
 *
 * <p>Failures are not counted per account across all addresses: that would let anyone lock a known
 * editor out by failing on purpose.
 */
class LoginAttemptLimiter extends OncePerRequestFilter implements AuthenticationFailureHandler {

    static final int FAILURES_PER_ACCOUNT = 5;
    static final int FAILURES_PER_ADDRESS = 30;
    static final int ATTEMPTS_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String TOO_MANY = "/login?tooMany";

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(WINDOW.multipliedBy(2)).build();
    private final AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean allowed = hasTokens(accountKey(request), FAILURES_PER_ACCOUNT)
                && hasTokens(addressFailuresKey(request), FAILURES_PER_ADDRESS)
                && bucket(addressAttemptsKey(request), ATTEMPTS_PER_ADDRESS).tryConsume(1);
        if (!allowed) {
            response.sendRedirect(request.getContextPath() + TOO_MANY);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A wrong password (or a disabled account): counts against the account and the address. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        bucket(accountKey(request), FAILURES_PER_ACCOUNT).tryConsume(1);
        bucket(addressFailuresKey(request), FAILURES_PER_ADDRESS).tryConsume(1);
        failed.onAuthenticationFailure(request, response, exception);
    }

    /** The right password: earlier failures for this account from this address were typos. */
    void succeeded(HttpServletRequest request) {
        buckets.invalidate(accountKey(request));
    }

    private boolean hasTokens(String key, int capacity) {
        return bucket(key, capacity).getAvailableTokens() > 0;
    }

    private static String accountKey(HttpServletRequest request) {
        String username = String.valueOf(request.getParameter("username")).strip().toLowerCase(Locale.ROOT);
        return "account:" + username + "@" + request.getRemoteAddr();
    }

    private static String addressFailuresKey(HttpServletRequest request) {
        return "failures:" + request.getRemoteAddr();
    }

    private static String addressAttemptsKey(HttpServletRequest request) {
        return "attempts:" + request.getRemoteAddr();
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
                .build());
    }
}
