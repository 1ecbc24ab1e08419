package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests Tomcat refuses before the application sees them, sent over a raw socket. */
@SiteTest
class TomcatErrorReportsTests {

    @Autowired
    Http http;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /topics/% HTTP/1.1\r\nHost: localhost",
                "GET /?a=| HTTP/1.1\r\nHost: localhost",
                "GET / HTTP/1.1\r\nHost: bad host!",
                "GET /topics/a%2Fb HTTP/1.1\r\nHost: localhost"
            })
    void tomcatsOwn400CarriesTheSecurityHeadersAndThePlainPage(String request) {
        ErrorVisitor.Raw answer = new ErrorVisitor(http).raw(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers().get("Content-Security-Policy"))
                .isEqualTo(TomcatErrorReports.CONTENT_SECURITY_POLICY);
        assertThat(answer.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.headers().get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.headers().get("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.headers().get("Content-Type")).startsWith("text/html");
        assertThat(Jsoup.parse(answer.body()).selectFirst("h1").text())
                .isEqualTo("We could not understand that request");
        assertThat(answer.body()).doesNotContain("Tomcat", "<style", "HTTP Status");
    }
}
