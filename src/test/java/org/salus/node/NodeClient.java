package org.salus.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like client of one node (or of nginx) of a running cluster, as the test support's
 * {@code Visitor} is of a test context: keeps cookies, follows no redirects, posts forms with the
 * page's CSRF token, and reads an editorial form the way a browser would submit it.
 */
final class NodeClient {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    NodeClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    /** GET with optional header name/value pairs. */
    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** GETs {@code formPage}, then POSTs {@code fields} (name/value pairs, names may repeat) with its CSRF token. */
    HttpResponse<String> submit(String formPage, String action, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> withToken = new ArrayList<>(fields);
        withToken.add(Map.entry(
                "_csrf",
                Jsoup.parse(get(formPage).body())
                        .selectFirst("input[name=_csrf]")
                        .val()));
        return post(action, withToken);
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Signs in; returns where the site sends this person next (their landing or the password page). */
    String signIn(String username, String password) {
        HttpResponse<String> response =
                submit("/login", "/login", List.of(Map.entry("username", username), Map.entry("password", password)));
        String location = location(response);
        assertThat(location).as("sign-in of " + username).doesNotContain("error");
        return location;
    }

    /** A form's fields as a browser submits them: checked radios only, the selected option, no buttons. */
    static List<Map.Entry<String, String>> fields(Document page, String formSelector) {
        Element form = page.selectFirst(formSelector);
        assertThat(form).as(formSelector).isNotNull();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("submit")
                    || type.equals("button")
                    || ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked"))) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "select" -> {
                    Element option = field.selectFirst("option[selected]");
                    yield option == null ? field.selectFirst("option").val() : option.val();
                }
                default -> field.val();
            };
            fields.add(Map.entry(field.attr("name"), value));
        }
        return fields;
    }

    static String location(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("redirect expected, body: " + response.body())
                .isBetween(300, 399);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
