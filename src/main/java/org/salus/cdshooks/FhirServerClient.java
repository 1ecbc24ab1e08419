package org.salus.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.salus.net.AddressGuard;
import org.springframework.stereotype.Component;

/**
 * Reads from the EHR's FHIR server when a request brought no prefetch (CDS Hooks §"FHIR Resource
 * Access"), with the request's bearer token. Bounded, because the address comes from the request:
 * the host must not resolve to a private, loopback or link-local address unless allow-listed
 * ({@link AddressGuard}), a connect timeout, one deadline for the whole answer (all pages of a
 * search together), a size limit per answer, and no redirects at all (a redirect could lead the token
 * to another host). A search's {@code next} pages are followed on the same base only, up to a cap
 * ({@link SearchPages}). Any failure is "no answer": the caller decides (412 for data it needs); a
 * refused server is a 412 at once, saying so. Nothing is logged: neither the URL (it holds the
 * patient id) nor the token.
 */
@Component
class FhirServerClient {

    static final String REFUSED = "Field fhirServer names a host on a private, loopback or link-local network, which"
            + " this service does not call: send the data as prefetch, or ask the service's operator to list the"
            + " FHIR server's host in salus.cds-hooks.fhir.allowed-private-hosts.";

    private final CdsFhirProperties settings;
    private final AddressGuard guard;
    private final HttpClient client;

    FhirServerClient(CdsFhirProperties settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowedPrivateHosts());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /**
     * The JSON body of {@code GET {fhirServer}/{relative}}, or empty when there is no usable answer.
     * When {@code relative} is a search and the answer a Bundle with a {@code next} link, the pages
     * are followed and their entries joined into that one Bundle.
     *
     * @throws CdsHooksException 412 when the request's FHIR server may not be called
     */
    Optional<String> get(CdsRequest request, String relative) {
        URI server = request.fhirServer();
        if (guard.refusal(server.getHost()) != null) {
            throw CdsHooksException.preconditionFailed(
                    REFUSED); // why (the address) stays out: it came from the request
        }
        long deadline = System.nanoTime() + settings.readTimeout().toNanos(); // elapsed time, not the site's Clock
        String base = server.toString().replaceAll("/+$", "");
        Optional<String> first = fetch(request, URI.create(base + "/" + relative), deadline);
        if (first.isEmpty() || !relative.contains("?")) {
            return first;
        }
        SearchPages pages = new SearchPages(server, settings.maxPages(), settings.maxResources());
        return Optional.of(pages.join(
                first.get(),
                next -> guard.refusal(next.getHost()) == null ? fetch(request, next, deadline) : Optional.empty()));
    }

    private Optional<String> fetch(CdsRequest request, URI uri, long deadline) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            return Optional.empty();
        }
        HttpRequest.Builder get = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(left))
                .header("Accept", "application/fhir+json")
                .GET();
        if (request.accessToken() != null) {
            get.header("Authorization", "Bearer " + request.accessToken());
        }
        AtomicReference<InputStream> body = new AtomicReference<>();
        CompletableFuture<Optional<String>> answer = client.sendAsync(
                        get.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    body.set(response.body());
                    return read(response);
                });
        try {
            return answer.get(left, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            answer.cancel(true);
            close(body.get()); // frees the thread still reading a slow answer
        }
    }

    private Optional<String> read(HttpResponse<InputStream> response) {
        long max = settings.maxBytes().toBytes();
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        if (response.statusCode() != 200 || (declared.isPresent() && declared.getAsLong() > max)) {
            return Optional.empty();
        }
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return bytes.length > max ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
