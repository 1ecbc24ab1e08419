package org.salus.cdshooks.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.salus.testsupport.FixedClock;
import org.salus.testsupport.Http;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Two CDS clients (EHRs) the tests play, with keys made here by Nimbus: "file EHR" signs ES384 and is
 * registered with its JWK Set in a file; "web EHR" signs RS384 and is registered with a JWK Set URL
 * served by a loopback {@link HttpServer} that counts its downloads. Tokens are timed by
 * {@link FixedClock#NOW}, the site's "now" in tests.
 */
final class TestClients {

    static final String FILE_ISSUER = "https://file-ehr.example.org/";
    static final String WEB_ISSUER = "https://web-ehr.example.org/";
    /** The service URL as the site knows it: salus.site.base-url of the tests + the route. */
    static final String SERVICE_PATH = "/cds-services/salus-education";

    static final String SERVICE_URL = "https://health.example.org" + SERVICE_PATH;

    static final ECKey FILE_KEY = ec("file-ehr-1");
    static final RSAKey WEB_KEY = rsa("web-ehr-1");
    static final AtomicInteger JWKS_DOWNLOADS = new AtomicInteger();

    static final Path JWKS_FILE = writeJwksFile();
    static final HttpServer JWKS_SERVER = serveJwks();

    private TestClients() {}

    /** Registers both clients with the site under test. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("salus.cds-hooks.clients[0].issuer", () -> FILE_ISSUER);
        registry.add("salus.cds-hooks.clients[0].jwks", () -> JWKS_FILE.toUri().toString());
        registry.add("salus.cds-hooks.clients[1].issuer", () -> WEB_ISSUER);
        registry.add("salus.cds-hooks.clients[1].jwks", TestClients::jwksUrl);
    }

    static String jwksUrl() {
        return "http://127.0.0.1:" + JWKS_SERVER.getAddress().getPort() + "/jwks.json";
    }

    /** A token of the file EHR for the service: valid for five minutes from now, a new jti. */
    static JWTClaimsSet.Builder claims() {
        return claims(FILE_ISSUER, SERVICE_URL);
    }

    static JWTClaimsSet.Builder claims(String issuer, String audience) {
        Instant now = FixedClock.NOW;
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
    }

    /** The claims signed with the file EHR's key (ES384, typ JWT, its kid). */
    static String signed(JWTClaimsSet.Builder claims) {
        return signed(claims, FILE_KEY, header(JWSAlgorithm.ES384, FILE_KEY.getKeyID()));
    }

    static JWSHeader.Builder header(JWSAlgorithm algorithm, String kid) {
        return new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(kid);
    }

    static String signed(JWTClaimsSet.Builder claims, JWK key, JWSHeader.Builder header) {
        try {
            SignedJWT jwt = new SignedJWT(header.build(), claims.build());
            jwt.sign(key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner(key.toRSAKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CDS Hooks call to {@code path} (a patient-view request body), with the token when not null. */
    static HttpRequest call(Http http, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                         "context": {"userId": "Practitioner/example", "patientId": "1288992"},
                         "prefetch": {"patient": {"resourceType": "Patient", "id": "1288992"},
                                      "conditions": {"resourceType": "Bundle", "type": "searchset"}}}
                        """));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    static ECKey ec(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_384).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writeJwksFile() {
        try {
            Path file = Files.createTempFile("file-ehr-jwks", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, new JWKSet(FILE_KEY.toPublicJWK()).toString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the web EHR's public JWK Set on loopback; stays up for the test JVM (a daemon thread). */
    private static HttpServer serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] jwks = new JWKSet(WEB_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks.json", exchange -> {
                JWKS_DOWNLOADS.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
