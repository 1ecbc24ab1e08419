package org.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.testsupport.Http.html;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The per-address limit, set low here (2 an hour): it stops a flood from one address with 429 and
 * the text kept, counts only what was stored, and never touches other addresses or reading.
 */
@SiteTest
@OwnContext("feedback-limits")
@TestPropertySource(properties = "salus.feedback.submissions-per-hour=2")
class FeedbackRateLimitTests {

    static final String HELPFUL = "/topics/insulin-resistance/feedback";

    @Autowired
    Http http;

    @Test
    void aFloodFromOneAddressGets429WithRetryAfterAndItsTextBack() {
        Readers readers = new Readers(http);
        String flood = "10.2.0.1";
        assertThat(readers.send(flood, HELPFUL, HELPFUL, Map.of("helpful", "yes"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(readers.send(flood, HELPFUL, HELPFUL, Map.of("helpful", "no"))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> third =
                readers.send(flood, HELPFUL, HELPFUL, Map.of("helpful", "no", "comment", "Third one."));

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(html(third).selectFirst("[role=alert]").text())
                .startsWith("We have received a lot of feedback from your connection");
        assertThat(html(third).selectFirst("#f-comment").text()).isEqualTo("Third one.");
        // the limited address still reads every page, and another address still sends feedback
        assertThat(http.get("/topics/insulin-resistance", "X-Forwarded-For", flood)
                        .statusCode())
                .isEqualTo(200);
        assertThat(readers.send("10.2.0.2", HELPFUL, HELPFUL, Map.of("helpful", "yes"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void refusedFormsDoNotCountSoAReaderCorrectingTheirTextIsNeverLockedOut() {
        Readers readers = new Readers(http);
        String reader = "10.2.0.3";
        for (int i = 0; i < 5; i++) {
            assertThat(readers.send(reader, HELPFUL, HELPFUL, Map.of("helpful", "no", "comment", "Mail me at a@b.org"))
                            .statusCode())
                    .isEqualTo(422);
        }

        assertThat(readers.send(reader, HELPFUL, HELPFUL, Map.of("helpful", "no", "comment", "Too much jargon."))
                        .statusCode())
                .isEqualTo(200);
    }
}
