package org.salus.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The node's id where an operator looks for it: every log line and the health endpoint. */
@ExtendWith(OutputCaptureExtension.class)
@SiteTest
@TestPropertySource(properties = "salus.node.id=web-7")
class NodeIdTests {

    @Autowired
    Http http;

    @Test
    void healthNamesTheNodeAndShowsNoServerPath() {
        HttpResponse<String> response = http.get("/actuator/health");

        JsonNode health = JsonMapper.builder().build().readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(health.at("/components/node/details/id").asString()).isEqualTo("web-7");
        assertThat(health.at("/components/diskSpace/status").asString()).isEqualTo("UP");
        assertThat(response.body()).doesNotContain("\"path\"").doesNotContain(System.getProperty("user.dir"));
    }

    @Test
    void everyLogLineNamesTheNode(CapturedOutput output) {
        // From this context's first line on: before it, the test framework logs in the format of
        // whichever context set up logging last (or in its own).
        List<String> lines = output.getOut()
                .lines()
                .dropWhile(line -> !line.contains("Starting NodeIdTests"))
                .toList();
        assertThat(lines)
                .isNotEmpty()
                .allMatch(line ->
                        !line.matches("^\\d{4}-\\d\\d-\\d\\dT.*") || line.matches("^\\S+\\s+[A-Z]+ \\[web-7\\] .*"));
    }
}
