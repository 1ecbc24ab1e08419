package org.salus.feedback;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.salus.testsupport.Http;

/**
 * Readers at different client addresses, as the site sees them behind a proxy: each request says
 * {@code X-Forwarded-For}, which the app trusts from loopback (server.forward-headers-strategy=native).
 * A reader fetches the form page first, as a browser would, and sends its CSRF cookie and token.
 */
final class Readers {

    private final Http http;

    Readers(Http http) {
        this.http = http;
    }

    /** GETs {@code formPage} from {@code address}, then POSTs the fields to {@code action} with its token. */
    HttpResponse<String> send(String address, String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = http.get(formPage, "X-Forwarded-For", address);
        String token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", token);
        return post(address, action, withToken, cookie);
    }

    /** POSTs the fields as they are, with the given Cookie header (or none when null). */
    HttpResponse<String> post(String address, String action, Map<String, String> fields, String cookie) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build());
    }
}
