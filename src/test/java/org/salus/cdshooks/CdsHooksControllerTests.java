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
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.salus.article.Syndication;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.Publisher;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CDS Hooks services over real HTTP, as an EHR calls them: the specification's own example
 * requests (patient-view with a Patient prefetch, order-select with its draft orders), conditions and
 * medicines matched as the Infobutton matches (roll-up, SNOMED CT, RxNorm), the patient's language,
 * no prefetch (a loopback FHIR server, or none: 412) and refusals (400 with an OperationOutcome).
 */
@SiteTest
@OwnContext("cds-hooks")
// The loopback FHIR servers these tests start are allowed by name, as a hospital lists its private one.
@TestPropertySource(
        properties = {
            "salus.cds-hooks.open=true",
            "salus.cds-hooks.max-cards=3",
            "salus.cds-hooks.fhir.allowed-private-hosts=127.0.0.1"
        })
@Import(CdsHooksControllerTests.Issued.class)
@ExtendWith(OutputCaptureExtension.class)
class CdsHooksControllerTests {

    static final String BASE = "https://health.example.org";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String SNOMED = "http://snomed.info/sct";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String TOKEN = "some-opaque-fhir-access-token-7f3a";

    private static boolean seeded;

    @Autowired
    Http http;

    @Autowired
    ArticleWriter writer;

    @Autowired
    Publisher publisher;

    @Autowired
    Issued issued;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<HttpServer> servers = new ArrayList<>();

    /** Collects what the services publish, whichever thread answered. */
    @TestConfiguration
    static class Issued {
        final List<CardsIssued> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CardsIssued event) {
            events.add(event);
        }
    }

    @BeforeEach
    void seed() {
        issued.events.clear();
        if (seeded) {
            return;
        }
        // Medicine articles coded with RxNorm, as the sample medicines will be (written by another part of issue 21).
        publish(
                "amoxicillin-clavulanate-test",
                "Amoxicillin and Clavulanate",
                new Code("RXNORM", "617993", "amoxicillin / clavulanate Oral Suspension"));
        publish("metformin-test", "Metformin", new Code("RXNORM", "861007", "metformin 500 MG Oral Tablet"));
        publisher.syndicate(
                "motion-sickness-syndicated-test",
                Drafts.draft("Motion Sickness")
                        .summary("Feeling sick when moving.")
                        .code(new Code("ICD-10-CM", "T75.3", "Motion sickness"))
                        .overview("Feeling sick when moving.")
                        .build(),
                new Syndication("Test Agency", LocalDate.of(2026, 11, 1)));
        seeded = true;
    }

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    // ---- discovery -----------------------------------------------------------------------------

    @Test
    void discoveryListsTheThreeServicesWithHookIdTitleDescriptionAndPrefetchTemplates() throws Exception {
        HttpResponse<String> response = http.get("/cds-services");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode services = json.readTree(response.body()).get("services");
        assertThat(services).hasSize(3);
        for (JsonNode service : services) {
            assertThat(service.propertyNames()).isSubsetOf("hook", "id", "title", "description", "prefetch");
            for (String required : List.of("hook", "id", "title", "description")) {
                assertThat(service.get(required).isString()).as(required).isTrue();
            }
            assertThat(service.get("description").asString()).contains("Open sandbox mode");
        }
        assertThat(services.get(0).get("hook").asString()).isEqualTo("patient-view");
        assertThat(services.get(0).get("id").asString()).isEqualTo("salus-education");
        assertThat(services.get(0).get("prefetch").get("patient").asString())
                .isEqualTo("Patient/{{context.patientId}}");
        assertThat(services.get(0).get("prefetch").get("conditions").asString())
                .isEqualTo("Condition?patient={{context.patientId}}");
        assertThat(services.get(1).get("hook").asString()).isEqualTo("order-select");
        assertThat(services.get(1).get("id").asString()).isEqualTo("salus-medicines");
        assertThat(services.get(1).get("prefetch").get("patient").asString())
                .isEqualTo("Patient/{{context.patientId}}");
        assertThat(services.get(2).get("hook").asString()).isEqualTo("infobutton");
        assertThat(services.get(2).get("id").asString()).isEqualTo("salus-infobutton");
        assertThat(services.get(2).has("prefetch")).isFalse();
    }

    // ---- patient-view --------------------------------------------------------------------------

    @Test
    void theSpecsPatientViewExampleWithAType2DiabetesConditionGetsOneCardAboutTheArticle() throws Exception {
        // The specification's request example (§"Calling a CDS Service"), its prefetch keyed as this service asks.
        HttpResponse<String> response = post("/cds-services/salus-education", """
                {
                  "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                  "fhirServer": "http://hooks.smarthealthit.org:9080",
                  "hook": "patient-view",
                  "fhirAuthorization": {
                    "access_token": "some-opaque-fhir-access-token",
                    "token_type": "Bearer",
                    "expires_in": 300,
                    "scope": "user/Patient.read user/Observation.read",
                    "subject": "cds-service4"
                  },
                  "context": {
                    "userId": "Practitioner/example",
                    "patientId": "1288992",
                    "encounterId": "89284"
                  },
                  "prefetch": {
                    "patient": {
                      "resourceType": "Patient",
                      "gender": "male",
                      "birthDate": "1925-12-23",
                      "id": "1288992",
                      "active": true
                    },
                    "conditions": %s
                  }
                }""".formatted(
                        conditions(coding(ICD10, "E11.9", "Type 2 diabetes mellitus without complications"))));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode cards = json.readTree(response.body()).get("cards");
        assertThat(cards).hasSize(1);
        JsonNode card = cards.get(0);
        assertThat(UUID.fromString(card.get("uuid").asString())).isNotNull();
        assertThat(card.get("summary").asString()).hasSizeLessThan(140).contains("Type 2 Diabetes");
        assertThat(card.get("indicator").asString()).isEqualTo("info");
        assertThat(card.get("source").get("label").asString()).isEqualTo("Salus Health");
        assertThat(card.get("source").get("url").asString()).isEqualTo(BASE + "/about");
        assertThat(card.get("source").get("topic").get("system").asString()).isEqualTo(ICD10);
        assertThat(card.get("source").get("topic").get("code").asString()).isEqualTo("E11.9");
        assertThat(card.get("detail").asString())
                .contains("**Type 2 Diabetes**", "Medically reviewed by", "next review due", "broader code E11");
        JsonNode first = card.get("links").get(0);
        assertThat(first.get("url").asString()).isEqualTo(BASE + "/topics/type-2-diabetes");
        assertThat(first.get("type").asString()).isEqualTo("absolute");
        assertThat(first.get("label").asString()).isEqualTo("Type 2 Diabetes (English)");
        assertThat(card.get("links").get(1).get("url").asString()).isEqualTo(BASE + "/topics/diabetes-tipo-2");
        // one CardsIssued per answer with cards, naming the card's uuid and its article
        assertThat(issued.events).hasSize(1);
        assertThat(issued.events.get(0).serviceId()).isEqualTo("salus-education");
        assertThat(issued.events.get(0).cards())
                .singleElement()
                .satisfies(issuedCard -> assertThat(issuedCard.uuid().toString())
                        .isEqualTo(card.get("uuid").asString()));
    }

    @Test
    void aSpanishSpeakingPatientWithType2DiabetesGetsTheSpanishArticleFirstAndTheEnglishOneSecond() throws Exception {
        JsonNode card = single(education(spanishPatient(), conditions(coding(ICD10, "E11.9", null))));

        assertThat(card.get("links").get(0).get("url").asString()).isEqualTo(BASE + "/topics/diabetes-tipo-2");
        assertThat(card.get("links").get(0).get("label").asString()).isEqualTo("Diabetes tipo 2 (Spanish)");
        assertThat(card.get("links").get(1).get("url").asString()).isEqualTo(BASE + "/topics/type-2-diabetes");
        assertThat(card.get("summary").asString()).isEqualTo("Patient education (Spanish): Diabetes tipo 2");
    }

    @Test
    void aSpecificCodeRollsUpToTheArticleCodedWithItsCategory() throws Exception {
        JsonNode card =
                single(education(null, conditions(coding(ICD10, "E11.65", "Type 2 diabetes with hyperglycemia"))));

        assertThat(card.get("links").get(0).get("url").asString()).isEqualTo(BASE + "/topics/type-2-diabetes");
        assertThat(card.get("source").get("topic").get("code").asString()).isEqualTo("E11.65");
        assertThat(card.get("detail").asString()).contains("Matched ICD-10-CM E11.65 through the broader code E11.");
    }

    @Test
    void snomedCodingsMatchAndALanguageWithoutArticlesFallsBackToEnglish() throws Exception {
        JsonNode card = single(education(patientSpeaking("fr-CA"), conditions(coding(SNOMED, "44054006", null))));

        assertThat(card.get("links").get(0).get("url").asString()).isEqualTo(BASE + "/topics/type-2-diabetes");
        assertThat(card.get("detail").asString()).contains("Matched SNOMED CT 44054006.");
    }

    @Test
    void conditionsWithoutAnArticleGiveNoCardsAndNoEvent() throws Exception {
        HttpResponse<String> response = post(
                "/cds-services/salus-education",
                request(
                        "patient-view",
                        null,
                        conditions(coding(ICD10, "W61.62XD", null), coding("urn:local", "x", null))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEqualTo(json.readTree("{\"cards\": []}"));
        assertThat(issued.events).isEmpty();
    }

    @Test
    void oneCardPerArticleAndAtMostMaxCards() throws Exception {
        // E11.9 and E11.65 both lead to Type 2 Diabetes: one card; four articles in all, three allowed.
        List<JsonNode> cards = education(
                null,
                conditions(
                        coding(ICD10, "E11.9", null),
                        coding(ICD10, "E11.65", null),
                        coding(ICD10, "I10", null),
                        coding(ICD10, "E66.9", null),
                        coding(ICD10, "R73.03", null)));

        assertThat(cards).hasSize(3);
        assertThat(cards.stream().map(c -> c.get("links").get(0).get("url").asString()))
                .doesNotHaveDuplicates()
                .first()
                .isEqualTo(BASE + "/topics/type-2-diabetes");
    }

    @Test
    void resolvedConditionsAreLeftOut() throws Exception {
        String resolved = """
                {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
                  "resourceType": "Condition", "id": "c1",
                  "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "resolved"}]},
                  "code": {"coding": [%s]}, "subject": {"reference": "Patient/1288992"}}}]}""".formatted(coding(ICD10, "E11.9", null));

        assertThat(education(null, resolved)).isEmpty();
    }

    @Test
    void aSyndicatedArticleSaysSoInItsCard() throws Exception {
        JsonNode card = single(education(null, conditions(coding(ICD10, "T75.3", null))));

        assertThat(card.get("summary").asString()).contains("syndicated");
        assertThat(card.get("detail").asString())
                .contains("Syndicated: the text of Test Agency, not reviewed by Salus Health")
                .doesNotContain("Medically reviewed");
    }

    @Test
    void aNullPrefetchMeansTheClientHasNoConditions() throws Exception {
        assertThat(education(null, "null")).isEmpty();
    }

    // ---- no prefetch: the EHR's FHIR server, or 412 ----------------------------------------------

    @Test
    void withoutPrefetchTheServiceReadsTheFhirServerWithTheBearerToken(CapturedOutput output) throws Exception {
        Map<String, String> authorizations = new ConcurrentHashMap<>();
        HttpServer fhir = fhirServer(
                authorizations,
                Map.of(
                        "/fhir/Patient/pat-77", spanishPatient(),
                        "/fhir/Condition", conditions(coding(ICD10, "E11.9", null))));

        HttpResponse<String> response = post("/cds-services/salus-education", """
                {"hook": "patient-view", "hookInstance": "%s",
                 "fhirServer": "http://127.0.0.1:%d/fhir",
                 "fhirAuthorization": {"access_token": "%s", "token_type": "Bearer", "expires_in": 300,
                                       "scope": "patient/Condition.read patient/Patient.read", "subject": "salus"},
                 "context": {"userId": "Practitioner/example", "patientId": "pat-77"}}""".formatted(
                        UUID.randomUUID(), fhir.getAddress().getPort(), TOKEN));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = json.readTree(response.body()).get("cards").get(0);
        assertThat(card.get("links").get(0).get("url").asString()).isEqualTo(BASE + "/topics/diabetes-tipo-2");
        assertThat(authorizations)
                .containsEntry("/fhir/Patient/pat-77", "Bearer " + TOKEN)
                .containsEntry("/fhir/Condition?patient=pat-77&_count=100", "Bearer " + TOKEN);
        assertThat(output.getAll()).doesNotContain(TOKEN).doesNotContain("pat-77");
    }

    @Test
    void withoutPrefetchOrFhirServerTheAnswerIs412WithAnOperationOutcome() throws Exception {
        HttpResponse<String> response = post("/cds-services/salus-education", """
                {"hook": "patient-view", "hookInstance": "%s", "context": {"patientId": "1288992"}}""".formatted(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(412);
        JsonNode outcome = outcome(response);
        assertThat(outcome.get("issue").get(0).get("code").asString()).isEqualTo("processing");
        assertThat(outcome.get("issue").get(0).get("diagnostics").asString()).contains("prefetch key 'conditions'");
    }

    @Test
    void aFhirServerThatRedirectsOrRefusesCountsAsNoAnswer() throws Exception {
        Map<String, String> elsewhere = new ConcurrentHashMap<>();
        HttpServer other = fhirServer(elsewhere, Map.of("/fhir/Condition", conditions(coding(ICD10, "E11.9", null))));
        HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        redirecting.createContext("/", exchange -> {
            exchange.getResponseHeaders()
                    .add("Location", "http://127.0.0.1:" + other.getAddress().getPort() + exchange.getRequestURI());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        start(redirecting);

        HttpResponse<String> response = post("/cds-services/salus-education", """
                {"hook": "patient-view", "hookInstance": "%s", "fhirServer": "http://127.0.0.1:%d/fhir",
                 "fhirAuthorization": {"access_token": "%s", "token_type": "Bearer"},
                 "context": {"patientId": "1288992"}}""".formatted(
                        UUID.randomUUID(), redirecting.getAddress().getPort(), TOKEN));

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(outcome(response).get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(elsewhere).as("the token never follows a redirect").isEmpty();
    }

    // ---- order-select --------------------------------------------------------------------------

    @Test
    void theSpecsOrderSelectExampleGetsTheArticleForTheSelectedMedicationRequestOnly() throws Exception {
        // The order-select hook's R4 example (NutritionOrder + MedicationRequest, shortened to the fields
        // that matter), with a second MedicationRequest the clinician did not select.
        HttpResponse<String> response = post("/cds-services/salus-medicines", """
                {"hook": "order-select", "hookInstance": "%s",
                 "context": {
                   "userId": "PractitionerRole/123",
                   "patientId": "1288992",
                   "encounterId": "89284",
                   "selections": ["NutritionOrder/pureeddiet-simple", "MedicationRequest/smart-MedicationRequest-103"],
                   "draftOrders": {
                     "resourceType": "Bundle",
                     "entry": [
                       {"resource": {"resourceType": "NutritionOrder", "id": "pureeddiet-simple", "status": "draft",
                         "intent": "order", "patient": {"reference": "Patient/1288992"}, "dateTime": "2014-09-17",
                         "oralDiet": {"type": [{"coding": [{"system": "http://snomed.info/sct", "code": "226211001",
                           "display": "Pureed diet"}], "text": "Pureed diet"}]}}},
                       {"resource": {"resourceType": "MedicationRequest", "id": "smart-MedicationRequest-103",
                         "meta": {"lastUpdated": "2018-04-30T13:25:40.845-04:00"},
                         "text": {"status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\">Amoxicillin 120 MG/ML / clavulanate potassium 8.58 MG/ML Oral Suspension (rxnorm: 617993)</div>"},
                         "status": "draft", "intent": "order",
                         "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                           "code": "617993",
                           "display": "Amoxicillin 120 MG/ML / clavulanate potassium 8.58 MG/ML Oral Suspension"}],
                           "text": "Amoxicillin 120 MG/ML / clavulanate potassium 8.58 MG/ML Oral Suspension"},
                         "subject": {"reference": "Patient/1288992"},
                         "dosageInstruction": [{"text": "5 mL bid x 10 days"}]}},
                       {"resource": {"resourceType": "MedicationRequest", "id": "not-selected", "status": "draft",
                         "intent": "order", "subject": {"reference": "Patient/1288992"},
                         "medicationCodeableConcept": {"coding": [{"system": "%s", "code": "861007"}]}}}
                     ]
                   }
                 },
                 "prefetch": {"patient": {"resourceType": "Patient", "id": "1288992"}}}""".formatted(UUID.randomUUID(), RXNORM));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = json.readTree(response.body()).get("cards").get(0);
        assertThat(json.readTree(response.body()).get("cards")).hasSize(1);
        assertThat(card.get("links").get(0).get("url").asString())
                .isEqualTo(BASE + "/topics/amoxicillin-clavulanate-test");
        assertThat(card.get("source").get("topic").get("system").asString()).isEqualTo(RXNORM);
        assertThat(card.get("source").get("topic").get("code").asString()).isEqualTo("617993");
        assertThat(issued.events)
                .singleElement()
                .satisfies(e -> assertThat(e.serviceId()).isEqualTo("salus-medicines"));
    }

    @Test
    void aMedicineInAContainedMedicationIsFoundToo() throws Exception {
        HttpResponse<String> response = post("/cds-services/salus-medicines", """
                {"hook": "order-select", "hookInstance": "%s",
                 "context": {"patientId": "1288992", "selections": ["MedicationRequest/rx-1"],
                   "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [
                     {"resource": {"resourceType": "MedicationRequest", "id": "rx-1", "status": "draft", "intent": "order",
                       "contained": [{"resourceType": "Medication", "id": "med",
                         "code": {"coding": [{"system": "%s", "code": "861007"}]}}],
                       "medicationReference": {"reference": "#med"}, "subject": {"reference": "Patient/1288992"}}}]}}}""".formatted(UUID.randomUUID(), RXNORM));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())
                        .get("cards")
                        .get(0)
                        .get("links")
                        .get(0)
                        .get("url")
                        .asString())
                .isEqualTo(BASE + "/topics/metformin-test");
    }

    @Test
    void orderSelectWithoutSelectionsOrDraftOrdersIs400() throws Exception {
        HttpResponse<String> response = post("/cds-services/salus-medicines", """
                {"hook": "order-select", "hookInstance": "%s", "context": {"patientId": "1288992",
                 "draftOrders": {"resourceType": "Bundle"}}}""".formatted(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(outcome(response).get("issue").get(0).get("diagnostics").asString())
                .contains("context.selections");
    }

    // ---- the infobutton hook -------------------------------------------------------------------

    @Test
    void theInfobuttonHookReadsTheKnowledgeRequestPairsInContext() throws Exception {
        HttpResponse<String> response = post("/cds-services/salus-infobutton", """
                {"hook": "infobutton", "hookInstance": "%s",
                 "context": {"patientId": "1288992",
                   "mainSearchCriteria.v.c": "E11.9", "mainSearchCriteria.v.cs": "2.16.840.1.113883.6.90",
                   "informationRecipient": "PAT", "informationRecipient.languageCode.c": "es"}}""".formatted(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = json.readTree(response.body()).get("cards").get(0);
        assertThat(card.get("links").get(0).get("url").asString()).isEqualTo(BASE + "/topics/diabetes-tipo-2");
        assertThat(card.get("source").get("topic").get("system").asString()).isEqualTo(ICD10);
        assertThat(card.get("source").get("topic").get("code").asString()).isEqualTo("E11.9");
    }

    @Test
    void theInfobuttonHookAcceptsNestedKeysAndRefusesWhatTheInfobuttonRefuses() throws Exception {
        HttpResponse<String> nested = post("/cds-services/salus-infobutton", """
                {"hook": "infobutton", "hookInstance": "%s",
                 "context": {"mainSearchCriteria": {"v": {"c": "861007", "cs": "RXNORM"}}}}""".formatted(UUID.randomUUID()));
        assertThat(nested.statusCode()).isEqualTo(200);
        assertThat(json.readTree(nested.body())
                        .get("cards")
                        .get(0)
                        .get("links")
                        .get(0)
                        .get("url")
                        .asString())
                .isEqualTo(BASE + "/topics/metformin-test");

        HttpResponse<String> noSystem = post("/cds-services/salus-infobutton", """
                {"hook": "infobutton", "hookInstance": "%s", "context": {"mainSearchCriteria.v.c": "E11.9"}}""".formatted(UUID.randomUUID()));
        assertThat(noSystem.statusCode()).isEqualTo(400);
        assertThat(outcome(noSystem).get("issue").get(0).get("diagnostics").asString())
                .contains("mainSearchCriteria.v.cs");
    }

    // ---- refusals ------------------------------------------------------------------------------

    @Test
    void malformedRequestsAre400WithAnOperationOutcomeNever500() throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, String> bodies = Map.of(
                "not JSON", "{\"hook\": \"patient-view\", ",
                "not an object", "[1, 2]",
                "wrong hook", "{\"hook\": \"order-select\", \"hookInstance\": \"" + id + "\", \"context\": {}}",
                "no hookInstance", "{\"hook\": \"patient-view\", \"context\": {\"patientId\": \"1\"}}",
                "no context", "{\"hook\": \"patient-view\", \"hookInstance\": \"" + id + "\"}",
                "no patientId", "{\"hook\": \"patient-view\", \"hookInstance\": \"" + id + "\", \"context\": {}}",
                "bad patientId",
                        "{\"hook\": \"patient-view\", \"hookInstance\": \"" + id
                                + "\", \"context\": {\"patientId\": \"../x\"}}",
                "prefetch not FHIR",
                        "{\"hook\": \"patient-view\", \"hookInstance\": \"" + id
                                + "\", \"context\": {\"patientId\": \"1\"}, \"prefetch\": {\"conditions\": {\"resourceType\": \"Nonsense\"}}}",
                "token without server",
                        "{\"hook\": \"patient-view\", \"hookInstance\": \"" + id
                                + "\", \"context\": {\"patientId\": \"1\"}, \"fhirAuthorization\": {\"access_token\": \"t\"}}",
                "server not http",
                        "{\"hook\": \"patient-view\", \"hookInstance\": \"" + id
                                + "\", \"fhirServer\": \"file:///etc\", \"context\": {\"patientId\": \"1\"}}");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            HttpResponse<String> response = post("/cds-services/salus-education", body.getValue());
            assertThat(response.statusCode()).as(body.getKey()).isEqualTo(400);
            JsonNode outcome = outcome(response);
            assertThat(outcome.get("issue").get(0).get("severity").asString()).isEqualTo("error");
            assertThat(outcome.get("issue").get(0).get("diagnostics").asString())
                    .as(body.getKey())
                    .isNotBlank();
        }
    }

    @Test
    void aBodyOverTheLimitIs400AndOneOverTheSitesLimitIs413() throws Exception {
        String padding = "x".repeat(200 * 1024);
        HttpResponse<String> large = post("/cds-services/salus-education", """
                {"hook": "patient-view", "hookInstance": "%s", "context": {"patientId": "1", "pad": "%s"}}""".formatted(UUID.randomUUID(), padding));
        assertThat(large.statusCode()).isEqualTo(400);
        assertThat(outcome(large).get("issue").get(0).get("code").asString()).isEqualTo("too-costly");

        HttpResponse<String> huge =
                post("/cds-services/salus-education", "{\"pad\": \"" + "x".repeat(400 * 1024) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
    }

    @Test
    void anUnknownServiceIs404WithAnOperationOutcome() throws Exception {
        HttpResponse<String> response = post("/cds-services/nothing-here", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(outcome(response).get("issue").get(0).get("code").asString()).isEqualTo("not-found");
    }

    // ---- helpers -------------------------------------------------------------------------------

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

    private List<JsonNode> education(String patient, String conditions) throws Exception {
        HttpResponse<String> response =
                post("/cds-services/salus-education", request("patient-view", patient, conditions));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> cards = new ArrayList<>();
        json.readTree(response.body()).get("cards").forEach(cards::add);
        return cards;
    }

    private static JsonNode single(List<JsonNode> cards) {
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    private static String request(String hook, String patient, String conditions) {
        return """
                {"hook": "%s", "hookInstance": "%s",
                 "context": {"userId": "Practitioner/example", "patientId": "1288992"},
                 "prefetch": {%s"conditions": %s}}""".formatted(
                        hook, UUID.randomUUID(), patient == null ? "" : "\"patient\": " + patient + ", ", conditions);
    }

    /** A searchset Bundle with one Condition per coding, as {@code Condition?patient=...} answers. */
    static String conditions(String... codings) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < codings.length; i++) {
            entries.add("""
                    {"fullUrl": "http://ehr.example/fhir/Condition/c%d", "resource": {"resourceType": "Condition",
                     "id": "c%d", "code": {"coding": [%s]}, "subject": {"reference": "Patient/1288992"}}}""".formatted(i, i, codings[i]));
        }
        return "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": " + codings.length + ", \"entry\": ["
                + String.join(",", entries) + "]}";
    }

    static String coding(String system, String code, String display) {
        return "{\"system\": \"" + system + "\", \"code\": \"" + code + "\""
                + (display == null ? "" : ", \"display\": \"" + display + "\"") + "}";
    }

    static String spanishPatient() {
        return patientSpeaking("es");
    }

    static String patientSpeaking(String language) {
        return """
                {"resourceType": "Patient", "id": "pat-77", "communication": [
                  {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "en"}]}, "preferred": false},
                  {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "%s"}]}, "preferred": true}]}""".formatted(language);
    }

    private JsonNode outcome(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode outcome = json.readTree(response.body());
        assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
        return outcome;
    }

    private HttpResponse<String> post(String path, String body) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A FHIR server on loopback answering each path with its JSON, noting the Authorization each request carried. */
    private HttpServer fhirServer(Map<String, String> authorizations, Map<String, String> answers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String uri = exchange.getRequestURI().toString();
            authorizations.put(uri, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String answer = answers.get(exchange.getRequestURI().getPath());
            byte[] body = (answer == null ? "{\"resourceType\": \"OperationOutcome\"}" : answer)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        start(server);
        return server;
    }

    private void start(HttpServer server) {
        server.start();
        servers.add(server);
    }
}
