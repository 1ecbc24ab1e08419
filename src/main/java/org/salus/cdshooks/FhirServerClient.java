package org.salus.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Reads from the EHR's FHIR server when a request brought no prefetch (CDS Hooks §"FHIR Resource
 * Access"), with the request's bearer token. Bounded, because the address comes from the request:
 * a connect timeout, one deadline for the whole answer, a size limit, and no redirects at all (a
 * redirect could lead the token to another host). Any failure is "no answer": the caller decides
 * (412 for data it needs). Nothing is logged: neither the URL (it holds the patient id) nor the token.
 */
@Component
class FhirServerClient {

    private final CdsFhirProperties settings;
    private final HttpClient client;

    FhirServerClient(CdsFhirProperties settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    /** The JSON body of {@code GET {fhirServer}/{relative}}, or empty when there is no usable answer. */
    Optional<String> get(CdsRequest request, String relative) {
        String base = request.fhirServer().toString().replaceAll("/+$", "");
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + "/" + relative))
                .timeout(settings.readTimeout())
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
            return answer.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
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
