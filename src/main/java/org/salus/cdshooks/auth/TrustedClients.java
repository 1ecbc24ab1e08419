package org.salus.cdshooks.auth;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.salus.cdshooks.CdsClientProperties;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The allow-list of CDS clients: for each configured issuer, a Spring Security {@link NimbusJwtDecoder}
 * that verifies the signature with that client's JWK Set only, accepts only the asymmetric algorithms
 * (so neither {@code alg: none} nor HMAC, not even HMAC keyed with a public key), requires
 * {@code typ: JWT}, and checks the times and {@code jti} ({@link TokenClaims}). Built once at start-up.
 */
final class TrustedClients {

    /** The algorithms the CDS Hooks spec allows: asymmetric only (RSA, ECDSA, RSASSA-PSS). */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512);

    /** One trusted issuer: its decoder and the JWK Set URL a token's {@code jku} may name. */
    record Client(String issuer, String jwks, JwtDecoder decoder) {}

    private final Map<String, Client> byIssuer;

    private TrustedClients(Map<String, Client> byIssuer) {
        this.byIssuer = byIssuer;
    }

    /**
     * @throws IllegalArgumentException for a client without issuer, with a too long one, listed twice, or
     *                                  with a jwks that is not an http(s) URL or a file path: the site does
     *                                  not start, rather than refuse every call of a client meant to be trusted
     */
    static TrustedClients of(CdsClientProperties properties, Clock clock) {
        Map<String, Client> clients = new LinkedHashMap<>();
        for (int i = 0; i < properties.clients().size(); i++) {
            CdsClientProperties.Client client = properties.clients().get(i);
            String name = "salus.cds-hooks.clients[" + i + "]";
            String issuer = client.issuer();
            if (issuer == null || issuer.isBlank() || issuer.length() > UsedTokenIds.MAX_ISSUER) {
                throw new IllegalArgumentException(
                        name + ".issuer must be set, at most " + UsedTokenIds.MAX_ISSUER + " characters");
            }
            if (clients.containsKey(issuer)) {
                throw new IllegalArgumentException(name + ".issuer is listed twice");
            }
            JWKSource<SecurityContext> keys;
            try {
                keys = ClientKeys.of(client.jwks(), properties.jwksTimeout(), properties.jwksCache());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ".jwks: " + e.getMessage(), e);
            }
            clients.put(
                    issuer,
                    new Client(issuer, ClientKeys.url(client.jwks()).toString(), decoder(keys, properties, clock)));
        }
        return new TrustedClients(Map.copyOf(clients));
    }

    private static JwtDecoder decoder(JWKSource<SecurityContext> keys, CdsClientProperties properties, Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        // Times are checked by TokenClaims with the site's Clock; Nimbus's own check reads the system clock.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new TokenClaims(clock, properties.clockSkew(), properties.replayWindow()));
        return decoder;
    }

    /** The client registered with this issuer, or null. */
    Client forIssuer(String issuer) {
        return issuer == null ? null : byIssuer.get(issuer);
    }

    boolean isEmpty() {
        return byIssuer.isEmpty();
    }

    int size() {
        return byIssuer.size();
    }
}
