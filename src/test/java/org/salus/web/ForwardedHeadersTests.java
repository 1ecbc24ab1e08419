package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind nginx (deploy/nginx/salus.conf) with no {@code salus.site.base-url}: absolute addresses
 * are the public ones the proxy names in X-Forwarded-*, not the node's own loopback port.
 */
@SiteTest
@TestPropertySource(properties = "salus.site.base-url=")
class ForwardedHeadersTests {

    private static final String[] PROXIED = {
        "X-Forwarded-Proto",
        "https",
        "X-Forwarded-Host",
        "health.example.net",
        "X-Forwarded-Port",
        "443",
        "X-Forwarded-For",
        "203.0.113.9"
    };

    @Autowired
    Http http;

    @Test
    void pagesAndTheApiCarryThePublicAddressThatTheProxyNames() {
        String page = http.get("/topics/obesity", PROXIED).body();
        String api = http.get("/api/v1/articles/obesity", PROXIED).body();

        assertThat(Http.html(http.get("/topics/obesity", PROXIED))
                        .selectFirst("link[rel=canonical]")
                        .attr("href"))
                .isEqualTo("https://health.example.net/topics/obesity");
        assertThat(page).doesNotContain("localhost");
        assertThat(api).contains("https://health.example.net/").doesNotContain("localhost");
    }

    @Test
    void withoutAProxyTheAddressIsTheRequestsOwn() {
        assertThat(Http.html(http.get("/topics/obesity"))
                        .selectFirst("link[rel=canonical]")
                        .attr("href"))
                .isEqualTo(http.url("/topics/obesity"));
    }
}
