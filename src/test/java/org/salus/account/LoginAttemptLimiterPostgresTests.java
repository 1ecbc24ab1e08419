package org.salus.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.salus.audit.AuditLog;
import org.salus.limits.RateLimitBuckets;
import org.salus.limits.RateLimitConfiguration;
import org.salus.testsupport.Postgres;
import org.salus.testsupport.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A lockout counted on one app node holds on the other: two sign-in limiters, each with its own
 * connections to one PostgreSQL (as two JVMs would have), see the same failed sign-ins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@PostgresTest
class LoginAttemptLimiterPostgresTests {

    @Autowired
    RateLimitBuckets buckets;

    @Autowired
    AuditLog audit;

    // A name and an address new on every run: the database outlives the test.
    final String username = "editor-" + UUID.randomUUID();
    final String address = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);

    @Test
    void failuresOnNodeALockTheAccountOutOnNodeB() throws Exception {
        LoginAttemptLimiter nodeA = new LoginAttemptLimiter(buckets, audit);
        LoginAttemptLimiter nodeB =
                new LoginAttemptLimiter(RateLimitConfiguration.forDatabase(Postgres.otherNode()), audit);

        for (int i = 1; i < LoginAttemptLimiter.FAILURES_PER_ACCOUNT; i++) {
            nodeA.onAuthenticationFailure(
                    signIn(), new MockHttpServletResponse(), new BadCredentialsException("wrong"));
        }
        assertThat(attempt(nodeB).getRedirectedUrl()).as("one failure left").isNull();

        nodeA.onAuthenticationFailure(signIn(), new MockHttpServletResponse(), new BadCredentialsException("wrong"));

        assertThat(attempt(nodeB).getRedirectedUrl()).isEqualTo(LoginAttemptLimiter.TOO_MANY);
        assertThat(attempt(nodeA).getRedirectedUrl()).isEqualTo(LoginAttemptLimiter.TOO_MANY);
    }

    private MockHttpServletResponse attempt(LoginAttemptLimiter node) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        node.doFilter(signIn(), response, new MockFilterChain());
        return response;
    }

    private MockHttpServletRequest signIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        request.setParameter("username", username);
        request.setParameter("password", "not-the-password");
        return request;
    }
}
