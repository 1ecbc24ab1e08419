package org.salus.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salus.article.ArticleRow;
import org.salus.article.ArticleWriter;
import org.salus.article.Code;
import org.salus.article.ContentType;
import org.salus.article.MedicalReview;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services reading the EHR's FHIR server over real HTTP: a {@code fhirServer} on a private
 * address that is not allow-listed (412 saying so, never called, never logged), a Condition search
 * answered in pages, and an order's Medication the request did not carry, read from the server.
 * Only {@code 127.0.0.1} is allow-listed, as a hospital lists its own server; {@code localhost}
 * resolves to loopback too and stands for a server nobody listed.
 */
@SiteTest
@OwnContext("cds-fhir")
@TestPropertySource(properties = {"salus.cds-hooks.open=true", "salus.cds-hooks.fhir.allowed-private-hosts=127.0.0.1"})
@ExtendWith(OutputCaptureExtension.class)
class CdsFhirServerTests {

    static final String BASE = "https://health.example.org";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String TOKEN = "ehr-token-3c9d";

    private static boolean seeded;

    @Autowired
    Http http;

    @Autowired
    ArticleWriter writer;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<HttpServer> servers = new ArrayList<>();

    @BeforeEach
    void seed() {
        if (!seeded) {
            publish("metformin-fhir-test", "Metformin", new Code("RXNORM", "861007", "metformin 500 MG Oral Tablet"));
            seeded = true;
        }
    }

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    // ---- the address guard ---------------------------------------------------------------------

    @Test
    void aFhirServerOnAPrivateAddressThatIsNotAllowListedIs412AndNeverCalled(CapturedOutput output) throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer fhir = fhirServer(seen, Map.of("/fhir/Condition", conditions(coding(ICD10, "E11.9"))));
        String server = "http://localhost:" + fhir.getAddress().getPort() + "/fhir";

        HttpResponse<String> response = post("/cds-services/salus-education", patientView(server, null));

        assertThat(response.statusCode()).isEqualTo(412);
        JsonNode issue = json.readTree(response.body()).get("issue").get(0);
        assertThat(json.readTree(response.body()).get("resourceType").asString())
                .isEqualTo("OperationOutcome");
        assertThat(issue.get("diagnostics").asString())
                .contains("does not call")
                .contains("salus.cds-hooks.fhir.allowed-private-hosts")
                .doesNotContain("localhost");
        assertThat(seen).isEmpty();
        assertThat(output.getAll()).doesNotContain(server).doesNotContain(TOKEN);
    }

    @Test
    void theCloudMetadataAddressIsRefusedAsAFhirServer() throws Exception {
        HttpResponse<String> response =
                post("/cds-services/salus-education", patientView("http://169.254.169.254/latest", null));

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(response.body()).contains("allowed-private-hosts");
    }

    @Test
    void withEverythingPrefetchedARefusedServerIsNeverNeeded() throws Exception {
        HttpResponse<String> response =
                post("/cds-services/salus-education", patientView("http://169.254.169.254/fhir", """
                        {"patient": {"resourceType": "Patient", "id": "pat-1"},
                         "conditions": %s}""".formatted(
                                conditions(coding(ICD10, "E11.9")))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("cards")).hasSize(1);
    }

    // ---- a Condition search in pages -----------------------------------------------------------

    @Test
    void theConditionsOnTheSearchsNextPageGetTheirCardsToo() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        Map<String, String> answers = new ConcurrentHashMap<>();
        HttpServer fhir = fhirServer(seen, answers);
        String base = "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
        answers.put("/fhir/Patient/pat-1", "{\"resourceType\": \"Patient\", \"id\": \"pat-1\"}");
        answers.put(
                "/fhir/Condition",
                pageWithNext(conditions(coding(ICD10, "Z99.89")), base + "?_getpages=abc&_getpagesoffset=100"));
        answers.put("/fhir", conditions(coding(ICD10, "E11.9")));

        HttpResponse<String> response = post("/cds-services/salus-education", patientView(base, null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode cards = json.readTree(response.body()).get("cards");
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("source").get("topic").get("code").asString())
                .isEqualTo("E11.9");
        assertThat(seen).containsEntry("/fhir?_getpages=abc&_getpagesoffset=100", "Bearer " + TOKEN);
    }

    // ---- order-select: a Medication the request did not carry ----------------------------------

    @Test
    void aReferencedMedicationNeitherContainedNorSentIsReadFromTheFhirServer() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        HttpServer fhir = fhirServer(seen, Map.of("/fhir/Medication/med-9", medication("med-9", "861007")));

        HttpResponse<String> response = post(
                "/cds-services/salus-medicines",
                orderSelect("http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir", "Medication/med-9", ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode cards = json.readTree(response.body()).get("cards");
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("links").get(0).get("url").asString())
                .isEqualTo(BASE + "/topics/metformin-fhir-test");
        assertThat(seen).containsEntry("/fhir/Medication/med-9", "Bearer " + TOKEN);
    }

    @Test
    void aMedicationTheServerDoesNotHaveGivesNoCard() throws Exception {
        HttpServer fhir = fhirServer(new ConcurrentHashMap<>(), Map.of());

        HttpResponse<String> response = post(
                "/cds-services/salus-medicines",
                orderSelect("http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir", "Medication/med-9", ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("cards")).isEmpty();
    }

    @Test
    void aMedicationSentWithTheDraftOrdersIsUsedWithoutAServer() throws Exception {
        HttpResponse<String> response = post(
                "/cds-services/salus-medicines",
                orderSelect(null, "Medication/med-9", ", {\"resource\": " + medication("med-9", "861007") + "}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("cards")).hasSize(1);
    }

    @Test
    void aMedicationInThePrefetchIsUsedWithoutAServer() throws Exception {
        String request = orderSelect(null, "Medication/med-9", "")
                .replace(
                        "\"prefetch\": {",
                        "\"prefetch\": {\"medications\": {\"resourceType\": \"Bundle\", \"type\": \"searchset\","
                                + " \"entry\": [{\"resource\": " + medication("med-9", "861007") + "}]}, ");

        HttpResponse<String> response = post("/cds-services/salus-medicines", request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("cards")).hasSize(1);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String patientView(String fhirServer, String prefetch) {
        return """
                {"hook": "patient-view", "hookInstance": "%s", "fhirServer": "%s",
                 "fhirAuthorization": {"access_token": "%s", "token_type": "Bearer"},
                 "context": {"patientId": "pat-1"}%s}""".formatted(
                        UUID.randomUUID(), fhirServer, TOKEN, prefetch == null ? "" : ", \"prefetch\": " + prefetch);
    }

    private static String orderSelect(String fhirServer, String reference, String moreEntries) {
        String server = fhirServer == null
                ? ""
                : "\"fhirServer\": \"" + fhirServer + "\", \"fhirAuthorization\": {\"access_token\": \"" + TOKEN
                        + "\", \"token_type\": \"Bearer\"},";
        return """
                {"hook": "order-select", "hookInstance": "%s", %s
                 "context": {"patientId": "pat-1", "selections": ["MedicationRequest/rx-1"],
                   "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [
                     {"resource": {"resourceType": "MedicationRequest", "id": "rx-1", "status": "draft",
                       "intent": "order", "medicationReference": {"reference": "%s"},
                       "subject": {"reference": "Patient/pat-1"}}}%s]}},
                 "prefetch": {"patient": {"resourceType": "Patient", "id": "pat-1"}}}""".formatted(UUID.randomUUID(), server, reference, moreEntries);
    }

    private static String medication(String id, String rxNorm) {
        return """
                {"resourceType": "Medication", "id": "%s", "code": {"coding": [{"system": "%s", "code": "%s"}]}}""".formatted(id, RXNORM, rxNorm);
    }

    private static String conditions(String... codings) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < codings.length; i++) {
            entries.add(
                    "{\"resource\": {\"resourceType\": \"Condition\", \"id\": \"c" + i + "\", \"code\": {\"coding\": ["
                            + codings[i] + "]}, \"subject\": {\"reference\": \"Patient/pat-1\"}}}");
        }
        return "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [" + String.join(",", entries)
                + "]}";
    }

    private static String pageWithNext(String bundle, String next) {
        return bundle.replace(
                "\"type\": \"searchset\",",
                "\"type\": \"searchset\", \"link\": [{\"relation\": \"next\", \"url\": \"" + next + "\"}],");
    }

    private static String coding(String system, String code) {
        return "{\"system\": \"" + system + "\", \"code\": \"" + code + "\"}";
    }

    private void publish(String slug, String title, Code code) {
        ArticleRow row = writer.findOrCreate(slug, "en", ContentType.TREATMENT);
        long revision = writer.saveRevision(
                        row,
                        Drafts.draft(title)
                                .summary(title + " is a medicine.")
                                .code(code)
                                .overview(title + " is a medicine.")
                                .build())
                .orElseThrow();
        writer.approveAndPublish(
                row,
                revision,
                new MedicalReview(
                        "Dr. Test Reviewer", "PharmD", null, LocalDate.of(2026, 10, 1), LocalDate.of(2029, 10, 1)));
    }

    private HttpResponse<String> post(String path, String body) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A FHIR server on loopback answering each path with its JSON (404 otherwise), noting each request's Authorization. */
    private HttpServer fhirServer(Map<String, String> seen, Map<String, String> answers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.put(
                    exchange.getRequestURI().toString(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String answer = answers.get(exchange.getRequestURI().getPath());
            byte[] body = (answer == null ? "{\"resourceType\": \"OperationOutcome\"}" : answer)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        servers.add(server);
        return server;
    }
}
