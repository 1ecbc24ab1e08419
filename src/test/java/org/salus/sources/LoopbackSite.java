package org.salus.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on the loopback address that tests start, with one handler per path, and the
 * requests it received (path and headers), so a test can see what the watch sent and whether it
 * connected at all.
 */
final class LoopbackSite implements AutoCloseable {

    record Request(String path, Headers headers) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    LoopbackSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.start();
    }

    /** {@code http://127.0.0.1:port} */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    LoopbackSite on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
            counts.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
                    .incrementAndGet();
            try (exchange) {
                handler.handle(exchange);
            } catch (IOException e) {
                // the watch hung up (a timeout or a cut body): expected
            }
        });
        return this;
    }

    int count(String path) {
        AtomicInteger count = counts.get(path);
        return count == null ? 0 : count.get();
    }

    /** The last request for {@code path}. */
    Request last(String path) {
        return requests.stream()
                .filter(r -> r.path().equals(path))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no request for " + path));
    }

    static void html(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    /** 304 when the request carries {@code etag}, else the page with it. */
    static HttpHandler withEtag(String etag, String html) {
        return exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            html(exchange, 200, html);
        };
    }

    /** Answers only after {@code millis}: longer than the watch's timeout. */
    static HttpHandler slow(long millis) {
        return exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            html(exchange, 200, "<p>Too late.</p>");
        };
    }

    /** A page of {@code megabytes} MB, streamed with no length, that the watch must cut. */
    static HttpHandler huge(int megabytes) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] block = "<p>Lorem ipsum dolor sit amet.</p>\n".repeat(30_000).getBytes(StandardCharsets.UTF_8);
            OutputStream out = exchange.getResponseBody();
            long sent = 0;
            while (sent < megabytes * 1024L * 1024L) {
                out.write(block);
                sent += block.length;
            }
        };
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
