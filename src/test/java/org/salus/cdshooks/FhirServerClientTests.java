package org.salus.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The outbound FHIR calls as the address in {@code fhirServer} makes them: the address guard (refused
 * before any connection, with a 412 that says how to allow a hospital's private server) and a
 * search's pages followed over HTTP with the token, on the same server only.
 */
class FhirServerClientTests {

    static final String TOKEN = "token-for-the-ehr-only";

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        servers.forEach(server -> server.stop(0));
        executors.forEach(ExecutorService::shutdownNow);
    }

    @Test
    void aLoopbackServerIsRefusedWith412UnlessAllowListedAndIsNeverCalled() throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer fhir = server(seen, Map.of("/fhir/Patient/p1", "{\"resourceType\": \"Patient\", \"id\": \"p1\"}"));

        CdsHooksException refused = catchThrowableOfType(
                CdsHooksException.class, () -> client(List.of()).get(request(fhir), "Patient/p1"));

        assertThat(refused.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(refused.getMessage())
                .contains("salus.cds-hooks.fhir.allowed-private-hosts")
                .doesNotContain("127.0.0.1");
        assertThat(seen).isEmpty();
        assertThat(client(List.of("127.0.0.1")).get(request(fhir), "Patient/p1"))
                .hasValueSatisfying(body -> assertThat(body).contains("\"p1\""));
    }

    @Test
    void theCloudMetadataAddressAndOtherPrivateNetworksAreRefused() {
        for (String server : List.of(
                "http://169.254.169.254/latest/meta-data",
                "http://10.0.0.8/fhir",
                "http://192.168.1.20:8080/fhir",
                "http://100.64.1.1/fhir",
                "http://[::1]:8080/fhir",
                "http://[fd12::1]/fhir",
                "http://0.0.0.0/fhir")) {
            CdsHooksException refused = catchThrowableOfType(
                    CdsHooksException.class,
                    () -> client(List.of()).get(request(URI.create(server)), "Condition?patient=p1"));

            assertThat(refused).as(server).isNotNull();
            assertThat(refused.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        }
    }

    @Test
    void theAllowListNamesHostsNotAddresses() throws IOException {
        HttpServer fhir = server(new ConcurrentHashMap<>(), Map.of());
        URI byName = URI.create("http://localhost:" + fhir.getAddress().getPort() + "/fhir");

        assertThat(catchThrowableOfType(
                        CdsHooksException.class,
                        () -> client(List.of("127.0.0.1")).get(request(byName), "Patient/p1")))
                .as("localhost resolves to loopback and is not the allowed name")
                .isNotNull();
    }

    @Test
    void aPagedConditionSearchIsFollowedWithTheTokenOnTheSameServerOnly() throws IOException {
        Map<String, String> elsewhere = new ConcurrentHashMap<>();
        HttpServer other = server(elsewhere, Map.of("/fhir", SearchPagesTests.page(9, 1, null)));
        Map<String, String> seen = new ConcurrentHashMap<>();
        Map<String, String> answers = new ConcurrentHashMap<>();
        HttpServer fhir = server(seen, answers);
        String base = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
        answers.put("/fhir/Condition", SearchPagesTests.page(0, 2, base + "?_getpages=x&_offset=2"));
        answers.put(
                "/fhir",
                SearchPagesTests.page(
                        2, 2, "http://127.0.0.1:" + other.getAddress().getPort() + "/fhir?_getpages=x&_offset=4"));

        JsonNode joined = json.readTree(client(List.of("127.0.0.1"))
                .get(request(fhir), "Condition?patient=p1&_count=2")
                .orElseThrow());

        assertThat(joined.get("entry")).hasSize(4);
        assertThat(seen)
                .containsEntry("/fhir/Condition?patient=p1&_count=2", "Bearer " + TOKEN)
                .containsEntry("/fhir?_getpages=x&_offset=2", "Bearer " + TOKEN);
        assertThat(elsewhere)
                .as("a next link to another server is not followed")
                .isEmpty();
    }

    @Test
    void aPageThatDoesNotComeWithinTheDeadlineLeavesThePagesAlreadyRead() throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer fhir = server(seen, Map.of());
        String base = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
        fhir.removeContext("/");
        fhir.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/fhir/Condition")) {
                answer(exchange, 200, SearchPagesTests.page(0, 2, base + "?page=2"));
            } else {
                try {
                    release.await(); // the second page never comes while the client waits
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            }
        });

        JsonNode joined = json.readTree(client(List.of("127.0.0.1"), Duration.ofMillis(700))
                .get(request(fhir), "Condition?patient=p1")
                .orElseThrow());

        assertThat(joined.get("entry")).hasSize(2);
    }

    private FhirServerClient client(List<String> allowed) {
        return client(allowed, Duration.ofSeconds(3));
    }

    private static FhirServerClient client(List<String> allowed, Duration readTimeout) {
        return new FhirServerClient(
                new CdsFhirProperties(Duration.ofSeconds(1), readTimeout, DataSize.ofMegabytes(2), allowed, 5, 500));
    }

    private static CdsRequest request(HttpServer fhir) {
        return request(URI.create("http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir"));
    }

    private static CdsRequest request(URI server) {
        return new CdsRequest("patient-view", JsonNodeFactory.instance.objectNode(), null, server, TOKEN);
    }

    /** A FHIR server on loopback answering each path with its JSON (404 otherwise), noting each request's Authorization. */
    private HttpServer server(Map<String, String> seen, Map<String, String> answers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool(); // a hanging page must not block the others
        executors.add(executor);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            seen.put(
                    exchange.getRequestURI().toString(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String body = answers.get(exchange.getRequestURI().getPath());
            answer(
                    exchange,
                    body == null ? 404 : 200,
                    body == null ? "{\"resourceType\": \"OperationOutcome\"}" : body);
        });
        server.start();
        servers.add(server);
        return server;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String json)
            throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
