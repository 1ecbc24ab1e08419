package org.salus.sources;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.salus.net.AddressGuard;
import org.springframework.stereotype.Component;

/**
 * The watch's only way out to the internet. Each request has a connect timeout and a total timeout
 * (body included), reads at most {@code salus.sources.max-bytes}, sends no cookies and an honest
 * User-Agent, waits its host's turn ({@link HostPacer}), and follows at most {@link #MAX_REDIRECTS}
 * redirects by hand, checking each new host with {@link AddressGuard} before connecting.
 */
@Component
class SafeFetcher {

    static final int MAX_REDIRECTS = 5;

    static final String USER_AGENT =
            "SalusSourceWatch/1.0 (checks that the sources a health site cites are still there; one request per host"
                    + " every few seconds)";

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final AddressGuard guard;
    private final HostPacer pacer;
    private final Duration timeout;
    private final int maxBytes;

    SafeFetcher(SourceWatchProperties settings) {
        // No cookie handler, no proxy, redirects by hand: nothing is sent that the watch did not decide.
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.guard = new AddressGuard(settings.allowedPrivateHosts());
        this.pacer = new HostPacer(settings.perHost());
        this.timeout = settings.timeout();
        this.maxBytes =
                (int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes().toBytes());
    }

    /** Fetches the URL, sending the validators of the last check (either may be {@code null}). */
    Fetch fetch(String url, String etag, String lastModified) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Fetch.unreachable("not a web address");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Fetch.refused("not an http(s) address");
            }
            if (uri.getHost() == null) {
                return Fetch.unreachable("not a web address");
            }
            String refusal = guard.refusal(uri.getHost());
            if (refusal != null) {
                return Fetch.refused(refusal);
            }
            if (!waitTurn(uri.getHost())) {
                return Fetch.unreachable("interrupted");
            }
            HttpResponse<CappedBody.Bytes> response;
            try {
                response = send(uri, etag, lastModified);
            } catch (TimeoutException | HttpTimeoutException e) {
                return Fetch.unreachable("no answer within " + timeout.toSeconds() + " s");
            } catch (IOException e) {
                return Fetch.unreachable(describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Fetch.unreachable("interrupted");
            } catch (IllegalArgumentException e) {
                return Fetch.unreachable("not a web address");
            }
            Optional<String> location = response.headers().firstValue("Location");
            if (REDIRECTS.contains(response.statusCode()) && location.isPresent()) {
                try {
                    uri = uri.resolve(new URI(location.get().trim()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Fetch.unreachable("redirect to an invalid address");
                }
                continue;
            }
            return Fetch.answer(
                    response.statusCode(),
                    uri.toString(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        }
        return Fetch.unreachable("more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<CappedBody.Bytes> send(URI uri, String etag, String lastModified)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<CappedBody.Bytes>> pending =
                client.sendAsync(request.build(), CappedBody.handler(maxBytes));
        try {
            // The request's own timeout ends at the headers; this one covers a body that trickles.
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private boolean waitTurn(String host) {
        // Real time, not the site's Clock: this is about spacing requests, and a pinned test clock never moves.
        Duration wait = pacer.reserve(host, Clock.systemUTC().instant());
        if (wait.isZero() || wait.isNegative()) {
            return true;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException && e.getMessage() == null) {
            return "could not connect";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
