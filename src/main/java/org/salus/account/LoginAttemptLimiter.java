package org.salus.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salus.audit.AuditLog;
import org.salus.limits.RateLimit;
import org.salus.limits.RateLimitBuckets;
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
 *
 * <p>On PostgreSQL the counts are shared by every app node ({@link RateLimitBuckets}): a lockout
 * counted on one node holds on all of them.
 */
class LoginAttemptLimiter extends OncePerRequestFilter implements AuthenticationFailureHandler {

    static final int FAILURES_PER_ACCOUNT = 5;
    static final int FAILURES_PER_ADDRESS = 30;
    static final int ATTEMPTS_PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String TOO_MANY = "/login?tooMany";

    private static final RateLimit ACCOUNT_FAILURES = new RateLimit(FAILURES_PER_ACCOUNT, WINDOW);
    private static final RateLimit ADDRESS_FAILURES = new RateLimit(FAILURES_PER_ADDRESS, WINDOW);
    private static final RateLimit ADDRESS_ATTEMPTS = new RateLimit(ATTEMPTS_PER_ADDRESS, WINDOW);

    private final RateLimitBuckets buckets;
    private final AuditLog audit;
    private final AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");

    LoginAttemptLimiter(RateLimitBuckets buckets, AuditLog audit) {
        this.buckets = buckets;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean allowed = buckets.available(accountKey(request), ACCOUNT_FAILURES) > 0
                && buckets.available(addressFailuresKey(request), ADDRESS_FAILURES) > 0
                && buckets.tryConsume(addressAttemptsKey(request), ADDRESS_ATTEMPTS)
                        .isConsumed();
        if (!allowed) {
            response.sendRedirect(request.getContextPath() + TOO_MANY);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A wrong password (or a disabled account): counts against the account and the address. */
    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        // One audit entry per burst, not per attempt: the failure that uses up a limit is recorded;
        // the attempts after it are refused before they are checked, so they fail nothing more.
        String network = ClientNetwork.of(request.getRemoteAddr());
        if (usedUp(buckets.tryConsume(accountKey(request), ACCOUNT_FAILURES))) {
            audit.recordAccount(
                    network,
                    "sign-in.failed-burst",
                    username(request),
                    FAILURES_PER_ACCOUNT + " failed sign-ins from " + network);
        }
        if (usedUp(buckets.tryConsume(addressFailuresKey(request), ADDRESS_FAILURES))) {
            audit.recordAccount(
                    network,
                    "sign-in.failed-burst",
                    null,
                    FAILURES_PER_ADDRESS + " failed sign-ins to any account from " + network);
        }
        failed.onAuthenticationFailure(request, response, exception);
    }

    /** The right password: earlier failures for this account from this address were typos. */
    void succeeded(HttpServletRequest request) {
        buckets.forget(accountKey(request), ACCOUNT_FAILURES);
    }

    private static boolean usedUp(ConsumptionProbe probe) {
        return probe.isConsumed() && probe.getRemainingTokens() == 0;
    }

    private static String username(HttpServletRequest request) {
        return String.valueOf(request.getParameter("username")).strip().toLowerCase(Locale.ROOT);
    }

    private static String accountKey(HttpServletRequest request) {
        return "login:account:" + username(request) + "@" + request.getRemoteAddr();
    }

    private static String addressFailuresKey(HttpServletRequest request) {
        return "login:failures:" + request.getRemoteAddr();
    }

    private static String addressAttemptsKey(HttpServletRequest request) {
        return "login:attempts:" + request.getRemoteAddr();
    }
}
