package org.salus.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.salus.testsupport.Http;

/** A browser-like client for the error tests: keeps cookies, follows no redirects, sends the Accept asked for. */
final class ErrorVisitor {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    static final String JSON = "application/json";
    static final String ANY = "*/*";

    private final Http http;
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    ErrorVisitor(Http http) {
        this.http = http;
    }

    HttpResponse<String> send(String method, String path, String accept, String formBody) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(http.url(path))).header("Accept", accept);
        if (formBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(formBody));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String accept) {
        return send("GET", path, accept, null);
    }

    /** An answer read off the socket, for requests no HTTP client sends ({@code %zz}, a bad Host). */
    record Raw(int status, Map<String, String> headers, String body) {}

    /** Sends {@code requestLineAndHeaders} as they are (the blank line and Connection: close are added). */
    Raw raw(String requestLineAndHeaders) {
        int port = Integer.parseInt(http.url("").replaceAll(".*:(\\d+).*", "$1"));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write((requestLineAndHeaders + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            byte[] answer = socket.getInputStream().readAllBytes();
            String all = new String(answer, StandardCharsets.ISO_8859_1); // one char per byte: offsets agree
            int split = all.indexOf("\r\n\r\n");
            String[] head = all.substring(0, split).split("\r\n");
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(
                        head[i].substring(0, colon).strip(),
                        head[i].substring(colon + 1).strip());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                // Each chunk: its size in hex, CRLF, the bytes, CRLF; size 0 ends the body.
                for (int at = split + 4, size;
                        (size = Integer.parseInt(
                                        all.substring(at, all.indexOf("\r\n", at))
                                                .split(";")[0]
                                                .strip(),
                                        16))
                                > 0; ) {
                    int data = all.indexOf("\r\n", at) + 2;
                    body.write(answer, data, size);
                    at = data + size + 2;
                }
            } else {
                body.write(answer, split + 4, answer.length - split - 4);
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Raw rawGet(String path, String accept) {
        return raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept);
    }

    /** The form's CSRF token from {@code page}, with the cookie that goes with it kept. */
    String token(String page) {
        return Jsoup.parse(get(page, BROWSER).body())
                .selectFirst("input[name=_csrf]")
                .val();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<String> signIn(String username, String password) {
        return send(
                "POST",
                "/login",
                BROWSER,
                form(Map.of("username", username, "password", password, "_csrf", token("/login"))));
    }
}
