package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.salus.api.keys.ApiKeys;
import org.salus.limits.RateLimitBuckets;
import org.salus.limits.RateLimitConfiguration;
import org.salus.testsupport.Postgres;
import org.salus.testsupport.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client limited to N requests gets N across two app nodes, not 2N: two API rate limiters, each
 * with its own connections to one PostgreSQL (as two JVMs would have), count in the same bucket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@PostgresTest
class ApiRateLimiterPostgresTests {

    static final int LIMIT = 3;

    @Autowired
    ApiKeys keys;

    @Autowired
    JsonMapper json;

    @Autowired
    RateLimitBuckets buckets;

    // An address new on every run: the database outlives the test.
    final String client = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);

    @Test
    void anAnonymousClientGetsItsLimitOnceAcrossTwoNodes() throws Exception {
        ApiSettings settings = new ApiSettings(10, LIMIT, Duration.ofHours(1));
        ApiRateLimiter nodeA = new ApiRateLimiter(keys, settings, json, buckets);
        ApiRateLimiter nodeB =
                new ApiRateLimiter(keys, settings, json, RateLimitConfiguration.forDatabase(Postgres.otherNode()));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            statuses.add(call(nodeA).getStatus());
            statuses.add(call(nodeB).getStatus());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429, 429, 429);
        MockHttpServletResponse refused = call(nodeB);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getHeader(ApiRateLimiter.REMAINING_HEADER)).isEqualTo("0");
    }

    private MockHttpServletResponse call(ApiRateLimiter node) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/articles");
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        node.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
