package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What every error answer must look like, to a browser and to a JSON client. */
final class ErrorAnswers {

    private ErrorAnswers() {}

    /** The site's HTML page: the status, the title in the site's words, the security headers, nothing echoed. */
    static Document assertHtmlPage(HttpResponse<String> response, int status, String what) {
        return assertHtmlPage(raw(response), status, what);
    }

    static Document assertHtmlPage(ErrorVisitor.Raw response, int status, String what) {
        assertThat(response.status()).as(what).isEqualTo(status);
        assertThat(response.headers().get("Content-Type")).as(what).startsWith("text/html");
        assertThat(response.headers().get("Content-Security-Policy")).as(what).isNotBlank();
        assertThat(response.headers().get("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertNothingLeaks(response.body(), what);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("header.site-header")).as(what).isNotNull();
        assertThat(page.selectFirst("main h1")).as(what).isNotNull();
        return page;
    }

    /** RFC 9457 problem+json with the status and a title, nothing echoed. */
    static void assertProblem(HttpResponse<String> response, int status, String what) {
        assertProblem(raw(response), status, what);
    }

    static void assertProblem(ErrorVisitor.Raw response, int status, String what) {
        assertThat(response.status()).as(what).isEqualTo(status);
        assertThat(response.headers().get("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(response.body()).as(what).contains("\"status\":" + status).contains("\"title\":");
        assertNothingLeaks(response.body(), what);
    }

    private static ErrorVisitor.Raw raw(HttpResponse<String> response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
        return new ErrorVisitor.Raw(response.statusCode(), headers, response.body());
    }

    static void assertNothingLeaks(String body, String what) {
        assertThat(body)
                .as(what)
                .doesNotContain("Exception", "java.", "[L", "No static resource", "Failed to convert", "timestamp");
    }
}
