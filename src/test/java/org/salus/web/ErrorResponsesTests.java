package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Who gets the HTML page and who gets problem+json. */
class ErrorResponsesTests {

    @ParameterizedTest(name = "{0} {1} → JSON {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /about        | text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | false
            /about        | image/avif,image/webp,image/*,*/*;q=0.8                         | false
            /about        | */*                                                             | false
            /about        |                                                                 | false
            /about        | application/json                                                | true
            /about        | application/problem+json                                        | true
            /about        | application/json, text/plain, */*                               | true
            /about        | text/html;q=0.5, application/json                               | true
            /about        | application/json;q=0.5, text/html                               | false
            /about        | application/json;q=0, */*                                       | false
            /about        | not a media type at all ;;;                                     | false
            /api/v1/nope  | text/html                                                       | true
            /api          | text/html                                                       | true
            /apiary       | text/html                                                       | false
            """)
    void browsersGetHtmlAndJsonClientsAndTheApiGetJson(String path, String accept, boolean json) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }

        assertThat(ErrorResponses.wantsJson(request)).isEqualTo(json);
    }
}
