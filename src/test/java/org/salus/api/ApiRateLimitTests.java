package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.salus.api.keys.ApiKeys;
import org.salus.api.keys.IssuedKey;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits with small numbers: anonymous clients share the lower limit per address, each key
 * has its own; past it a 429 problem with Retry-After. Unknown and revoked keys get 401.
 */
@SiteTest
@OwnContext("api-limits")
@TestPropertySource(properties = {"salus.api.anonymous-limit=3", "salus.api.key-limit=5", "salus.api.period=PT1H"})
class ApiRateLimitTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Http http;

    @Autowired
    ApiKeys keys;

    @Test
    void limitsPerKeyAndForAnonymousClientsEndIn429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> ok = http.get("/api/v1/articles?limit=1");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).contains(String.valueOf(2 - i));
        }
        HttpResponse<String> limited = http.get("/api/v1/articles?limit=1");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        long retryAfter =
                Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        JsonNode problem = JSON.readTree(limited.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Too many requests");
        assertThat(problem.get("detail").asString()).contains("API key");

        // a key has its own, higher limit, in either header
        IssuedKey key = keys.issue("Limit test", "admin");
        for (int i = 0; i < 5; i++) {
            String[] header = i % 2 == 0
                    ? new String[] {"X-API-Key", key.token()}
                    : new String[] {"Authorization", "Bearer " + key.token()};
            assertThat(http.get("/api/v1/articles?limit=1", header).statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> keyLimited = http.get("/api/v1/articles?limit=1", "X-API-Key", key.token());
        assertThat(keyLimited.statusCode()).isEqualTo(429);
        assertThat(keyLimited.headers().firstValue("X-RateLimit-Limit")).contains("5");
        assertThat(keyLimited.headers().firstValue("Retry-After")).isPresent();
        // the site's pages are not limited by the API's buckets
        assertThat(http.get("/topics/insulin-resistance").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownAndRevokedKeysAreRefusedWith401NotServedAnonymously() {
        IssuedKey key = keys.issue("Revoked partner", "admin");
        HttpResponse<String> before = http.get("/api/v1/terms/a1c", "X-API-Key", key.token());
        keys.revoke(key.key().id(), "admin");

        HttpResponse<String> revoked = http.get("/api/v1/terms/a1c", "X-API-Key", key.token());
        HttpResponse<String> unknown = http.get("/api/v1/terms/a1c", "Authorization", "Bearer salus_not-a-real-key");
        HttpResponse<String> junk = http.get("/api/v1/terms/a1c", "X-API-Key", "x".repeat(500));

        assertThat(before.statusCode()).isEqualTo(200);
        for (HttpResponse<String> response : new HttpResponse[] {revoked, unknown, junk}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(JSON.readTree(response.body()).get("title").asString()).isEqualTo("Unknown API key");
            assertThat(response.body()).doesNotContain(key.token(), "xxxx", "not-a-real-key");
        }
    }
}
