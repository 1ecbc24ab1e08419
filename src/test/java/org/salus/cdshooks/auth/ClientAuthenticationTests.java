package org.salus.cdshooks.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salus.cdshooks.auth.TestClients.FILE_ISSUER;
import static org.salus.cdshooks.auth.TestClients.FILE_KEY;
import static org.salus.cdshooks.auth.TestClients.SERVICE_PATH;
import static org.salus.cdshooks.auth.TestClients.SERVICE_URL;
import static org.salus.cdshooks.auth.TestClients.WEB_ISSUER;
import static org.salus.cdshooks.auth.TestClients.WEB_KEY;
import static org.salus.cdshooks.auth.TestClients.call;
import static org.salus.cdshooks.auth.TestClients.claims;
import static org.salus.cdshooks.auth.TestClients.header;
import static org.salus.cdshooks.auth.TestClients.signed;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JWT client authentication of the CDS Hooks services over real HTTP, with two registered clients (a
 * JWK Set file and a JWK Set URL on loopback, {@link TestClients}): each way the spec's "Trusting CDS
 * Clients" section makes a token unacceptable is a 401 with an OperationOutcome, and a valid token
 * passes the security chain.
 */
@SiteTest
class ClientAuthenticationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void clients(DynamicPropertyRegistry registry) {
        TestClients.register(registry);
    }

    @Autowired
    Http http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenSignedWithAKeyFromTheClientsJwksFileIsAccepted() {
        assertPassesSecurity(send(signed(claims())));
    }

    /**
     * Issue 21's "done when", end to end: the spec's example patient-view (a type 2 diabetes
     * Condition) for a Spanish-speaking patient, signed by a registered EHR, gets a card whose first
     * link is the Spanish article; the same call with that token again, or unsigned, gets nothing.
     */
    @Test
    void aRegisteredEhrsSignedPatientViewForASpanishSpeakingPatientLinksTheSpanishArticle() {
        String token = signed(claims());

        HttpResponse<String> answer = http.send(spanishPatientWithType2Diabetes(token));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode card = JSON.readTree(answer.body()).path("cards").path(0);
        assertThat(card.path("summary").asString()).contains("Diabetes tipo 2");
        assertThat(card.path("links").path(0).path("url").asString())
                .isEqualTo("https://health.example.org/topics/diabetes-tipo-2");
        assertRefused(http.send(spanishPatientWithType2Diabetes(token)), "already used");
        assertRefused(http.send(spanishPatientWithType2Diabetes(null)), "needs a signed JWT");
    }

    private HttpRequest spanishPatientWithType2Diabetes(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(SERVICE_PATH)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                         "hook": "patient-view",
                         "context": {"userId": "Practitioner/example", "patientId": "1288992"},
                         "prefetch": {
                           "patient": {"resourceType": "Patient", "id": "1288992", "gender": "female",
                             "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47",
                               "code": "es", "display": "Spanish"}]}, "preferred": true}]},
                           "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
                             "resourceType": "Condition", "id": "c1",
                             "clinicalStatus": {"coding": [{"system":
                               "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                             "code": {"coding": [{"system": "http://snomed.info/sct", "code": "44054006",
                               "display": "Diabetes mellitus type 2"}]},
                             "subject": {"reference": "Patient/1288992"}}}]}}}
                        """));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    @Test
    void aTokenSignedWithAKeyFromTheClientsJwksUrlIsAcceptedAndTheSetIsFetchedOnce() {
        int before = TestClients.JWKS_DOWNLOADS.get();

        for (int i = 0; i < 3; i++) {
            assertPassesSecurity(send(webToken(claims(WEB_ISSUER, SERVICE_URL))));
        }

        assertThat(TestClients.JWKS_DOWNLOADS.get() - before).isLessThanOrEqualTo(1);
        assertThat(TestClients.JWKS_DOWNLOADS.get()).isPositive();
    }

    @Test
    void aTokenForAnotherAddressOrServiceIsRefused() {
        assertRefused(
                send(signed(claims(FILE_ISSUER, "https://other.example.org" + SERVICE_PATH))),
                "audience (aud) must be the URL of the service called: " + SERVICE_URL);
        assertRefused(
                send(signed(claims(FILE_ISSUER, "https://health.example.org/cds-services/salus-medicines"))),
                "audience (aud)");
        assertRefused(send(signed(claims().audience((String) null))), "audience (aud)");
    }

    @Test
    void anAudienceListNamingTheServiceIsAccepted() {
        assertPassesSecurity(send(signed(claims().audience(java.util.List.of("https://x.example.org", SERVICE_URL)))));
    }

    @Test
    void anExpiredTokenIsRefusedAndOneWithoutExpiryToo() {
        Date anHourAgo = Date.from(FixedClock.NOW.minusSeconds(3600));
        assertRefused(
                send(signed(claims().issueTime(anHourAgo).expirationTime(Date.from(FixedClock.NOW.minusSeconds(60))))),
                "expired");
        assertRefused(send(signed(claims().expirationTime(null))), "no exp");
    }

    @Test
    void aTokenValidForLongerThanTheReplayWindowIsRefused() {
        assertRefused(
                send(signed(claims().expirationTime(Date.from(FixedClock.NOW.plusSeconds(3600))))), "exp is more than");
    }

    @Test
    void aTokenWithoutIssueTimeOrIssuedInTheFutureIsRefusedButSmallClockSkewIsNot() {
        assertRefused(send(signed(claims().issueTime(null))), "no iat");
        assertRefused(
                send(signed(claims().issueTime(Date.from(FixedClock.NOW.plusSeconds(120))))),
                "iat (issued at) is in the future");
        assertPassesSecurity(send(signed(claims().issueTime(Date.from(FixedClock.NOW.plusSeconds(10))))));
    }

    @Test
    void aReplayedTokenIsRefusedTheSecondTime() {
        String token = signed(claims());

        assertPassesSecurity(send(token));
        assertRefused(send(token), "jti was already used");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cds_client_jti WHERE issuer = ?")
                        .param(FILE_ISSUER)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aTokenWithoutJtiIsRefused() {
        assertRefused(send(signed(claims().jwtID(null))), "no jti");
    }

    @Test
    void aTokenFromAnIssuerNotRegisteredIsRefused() {
        assertRefused(
                send(signed(claims("https://unknown-ehr.example.org/", SERVICE_URL))),
                "issuer (iss) is not a CDS client registered");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String none = new PlainJWT(claims().build()).serialize();

        assertRefused(send(none), "not signed (alg none)");
    }

    @Test
    void anHmacTokenKeyedWithTheClientsPublicKeyIsRefused() throws JOSEException {
        // The classic confusion attack: the public key, which anyone can fetch, as an HMAC secret.
        byte[] publicKey = WEB_KEY.toRSAPublicKey().getEncoded();
        SignedJWT hmac = new SignedJWT(
                header(JWSAlgorithm.HS256, WEB_KEY.getKeyID()).build(),
                claims(WEB_ISSUER, SERVICE_URL).build());
        hmac.sign(new MACSigner(publicKey));

        assertRefused(send(hmac.serialize()), "symmetric ones such as HMAC");
    }

    @Test
    void aCallWithoutTokenIsRefusedWithAChallenge() {
        HttpResponse<String> response = http.send(call(http, SERVICE_PATH, null));

        assertRefused(response, "needs a signed JWT");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"cds-services\"");
    }

    @Test
    void aMalformedAuthorizationHeaderIsRefusedNotAnError() {
        HttpResponse<String> response =
                http.send(java.net.http.HttpRequest.newBuilder(URI.create(http.url(SERVICE_PATH)))
                        .header("Authorization", "Bearer not a token")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                        .build());

        assertRefused(response, "Authorization header");
        assertRefused(send("not.a.jwt"), "not a JWT");
    }

    @Test
    void aTokenWhoseKidIsNotInTheJwksIsRefused() {
        assertRefused(
                send(signed(claims(), TestClients.ec("stolen-1"), header(JWSAlgorithm.ES384, "stolen-1"))),
                "could not be verified");
        assertRefused(send(signed(claims(), FILE_KEY, header(JWSAlgorithm.ES384, null))), "no kid");
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheClientsKidIsRefused() {
        assertRefused(
                send(signed(
                        claims(),
                        TestClients.ec(FILE_KEY.getKeyID()),
                        header(JWSAlgorithm.ES384, FILE_KEY.getKeyID()))),
                "could not be verified");
    }

    @Test
    void aJkuOtherThanTheRegisteredJwksUrlIsRefusedAndTheRegisteredOneAccepted() {
        JWSHeader.Builder elsewhere = header(JWSAlgorithm.RS384, WEB_KEY.getKeyID())
                .jwkURL(URI.create("https://attacker.example.net/jwks.json"));
        assertRefused(send(signed(claims(WEB_ISSUER, SERVICE_URL), WEB_KEY, elsewhere)), "jku");

        JWSHeader.Builder registered =
                header(JWSAlgorithm.RS384, WEB_KEY.getKeyID()).jwkURL(URI.create(TestClients.jwksUrl()));
        assertPassesSecurity(send(signed(claims(WEB_ISSUER, SERVICE_URL), WEB_KEY, registered)));
    }

    @Test
    void feedbackNeedsATokenForItsOwnAddress() {
        String feedback = SERVICE_PATH + "/feedback";

        assertRefused(http.send(call(http, feedback, null)), "needs a signed JWT");
        assertReachesFeedback(http.send(call(http, feedback, signed(claims(FILE_ISSUER, SERVICE_URL + "/feedback")))));
    }

    @Test
    void discoveryIsPublicAndIgnoresAnyToken() {
        for (HttpResponse<String> discovery :
                List.of(http.get("/cds-services"), http.get("/cds-services", "Authorization", "Bearer not.a.jwt"))) {
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"services\"", "salus-education");
        }
    }

    private HttpResponse<String> send(String token) {
        return http.send(call(http, SERVICE_PATH, token));
    }

    private static String webToken(com.nimbusds.jwt.JWTClaimsSet.Builder claims) {
        return signed(claims, WEB_KEY, header(JWSAlgorithm.RS384, WEB_KEY.getKeyID()));
    }

    /**
     * The security chain let the call through and the service answered it: a patient with no
     * conditions gets no cards. The feedback route's answer is its own (see {@link #assertReachesFeedback}).
     */
    static void assertPassesSecurity(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"cards\"");
    }

    /**
     * The security chain let the call through to the feedback endpoint, which refused the body
     * (a hook request, not feedback) in its own words: a 400 OperationOutcome, not a 401.
     */
    static void assertReachesFeedback(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome").contains("feedback");
    }

    /** 401, a Bearer challenge and an OperationOutcome saying why, in the site's words. */
    static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode outcome = JSON.readTree(response.body());
        assertThat(outcome.path("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(outcome.path("issue").path(0).path("severity").asString()).isEqualTo("error");
        assertThat(outcome.path("issue").path(0).path("diagnostics").asString()).contains(reason);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "eyJ");
    }
}
