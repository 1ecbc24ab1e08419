package org.salus.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Malformed API requests are the client's mistake: 400 or 406 problems, at most a DEBUG line;
 * a fault of the site is one ERROR line with its stack trace.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemsTests {

    @Autowired
    Http http;

    @Test
    void brokenPercentEncodingIsA400ThatLogsNoError(CapturedOutput output) throws Exception {
        int before = output.getOut().length(); // only what this test caused, not the start-up
        for (String path :
                new String[] {"/api/v1/articles?letter=%zz", "/api/v1/terms?letter=%", "/api/v1/terms?limit=%e"}) {
            String answer = raw(path, "application/json");

            assertThat(answer)
                    .as(path)
                    .startsWith("HTTP/1.1 400")
                    .contains("application/problem+json")
                    .contains("percent-encoded")
                    .doesNotContain("%zz", "Exception");
        }
        assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ", " WARN ", "\tat ");
    }

    @Test
    void anAcceptHeaderTheApiCannotServeIs406ThatLogsNoError(CapturedOutput output) {
        int before = output.getOut().length(); // only what this test caused, not the start-up
        for (String accept : new String[] {"application/xml", "text/html", "text/csv", "image/png"}) {
            HttpResponse<String> response = http.get("/api/v1/articles", "Accept", accept);

            assertThat(response.statusCode()).as(accept).isEqualTo(406);
            assertThat(response.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(response.body()).contains("\"status\":406").contains("application/json");
        }
        assertThat(http.get("/api/v1/articles", "Accept", "application/json;q=0.5, text/html")
                        .statusCode())
                .isEqualTo(200);
        assertThat(output.getOut().substring(before)).doesNotContain(" ERROR ", " WARN ", "\tat ");
    }

    @Test
    void aFaultOfTheSiteIsOneErrorLineAndA500WithoutDetail(CapturedOutput output) {
        int before = output.getOut().length(); // only what this test caused, not the start-up
        var response = new ApiProblems()
                .unexpected(
                        new IllegalStateException("the database is on fire"),
                        new MockHttpServletRequest("GET", "/api/v1/articles"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).doesNotContain("fire");
        assertThat(output.getOut()
                        .substring(before)
                        .lines()
                        .filter(line -> line.contains(" ERROR "))
                        .count())
                .isEqualTo(1);
        assertThat(output.getOut().substring(before)).contains("the database is on fire"); // the operator sees why
    }

    private String raw(String path, String accept) throws Exception {
        int port = Integer.parseInt(http.url("").replaceAll(".*:(\\d+).*", "$1"));
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
