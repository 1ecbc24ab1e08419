package org.salus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.core.env.Environment;

/** A real HTTP client for tests against the app on its random port; follows no redirects. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Environment environment;

    /** Reads the port when a request is made: the server starts after the beans are created. */
    Http(Environment environment) {
        this.environment = environment;
    }

    /** GET with optional header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers));
    }

    /** GET with optional header name/value pairs, the body as the exact bytes sent. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.GET().build();
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new browser-like client that keeps cookies (for sessions and forms). */
    public Visitor visitor() {
        return new Visitor(this);
    }

    public String url(String path) {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port") + path;
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
