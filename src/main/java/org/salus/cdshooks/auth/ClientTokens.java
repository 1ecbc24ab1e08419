package org.salus.cdshooks.auth;

import java.text.ParseException;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Authenticates a CDS client's bearer token for the service URL the request was sent to, in this order:
 * the token is a signed JWT with a {@code kid}, its {@code iss} is a registered client, its {@code jku}
 * (if any) is that client's registered JWK Set URL; then Spring Security's decoder for that issuer checks
 * the signature, algorithm and times ({@link TrustedClients}); then {@code aud} must be exactly this
 * service's URL ({@link ServiceAddress}); last, the {@code jti} is recorded once ({@link UsedTokenIds}), so
 * only a token that passed every other check uses it up.
 *
 * <p>Each refusal is an {@link InvalidBearerTokenException} whose message is written here for the EHR's
 * developers (never the library's text, never the token); nothing is logged.
 */
final class ClientTokens implements AuthenticationManagerResolver<HttpServletRequest> {

    private final TrustedClients clients;
    private final ServiceAddress address;
    private final UsedTokenIds usedIds;
    private final Duration skew;

    ClientTokens(TrustedClients clients, ServiceAddress address, UsedTokenIds usedIds, Duration skew) {
        this.clients = clients;
        this.address = address;
        this.usedIds = usedIds;
        this.skew = skew;
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        String audience = address.of(request);
        return authentication -> {
            try {
                return authenticate((BearerTokenAuthenticationToken) authentication, audience);
            } catch (AuthenticationException refusal) {
                throw refusal;
            } catch (RuntimeException unexpected) {
                // A token the libraries choke on is still the caller's problem: a 401, never a 500.
                throw refused("The JWT could not be read as a CDS Hooks client token.");
            }
        };
    }

    private Authentication authenticate(BearerTokenAuthenticationToken bearer, String audience) {
        if (clients.isEmpty()) {
            throw refused("No CDS client is registered with this service, so every call is refused.");
        }
        SignedJWT unverified = signed(bearer.getToken());
        TrustedClients.Client client = clients.forIssuer(issuer(unverified));
        if (client == null) {
            throw refused("The JWT's issuer (iss) is not a CDS client registered with this service.");
        }
        checkHeader(unverified.getHeader(), client);
        requireIssueTime(unverified);
        Jwt jwt = decode(client, bearer.getToken());
        if (jwt.getAudience() == null || !jwt.getAudience().contains(audience)) {
            throw refused("The JWT's audience (aud) must be the URL of the service called: " + audience);
        }
        if (!firstUse(client, jwt)) {
            throw refused("This JWT's jti was already used; sign a new token for each call.");
        }
        return new JwtAuthenticationToken(jwt, List.of(), client.issuer());
    }

    private boolean firstUse(TrustedClients.Client client, Jwt jwt) {
        try {
            return usedIds.firstUse(
                    client.issuer(), jwt.getId(), jwt.getExpiresAt().plus(skew));
        } catch (DataAccessException e) {
            throw refused("This service could not record the JWT's jti just now; try again with a new token.");
        }
    }

    /**
     * Spring's decoder fills a missing {@code iat} in from {@code exp}, so {@link TokenClaims} cannot see it
     * missing: looked at here, before the signature (a refusal needs no trust).
     */
    private static void requireIssueTime(SignedJWT jwt) {
        try {
            if (jwt.getJWTClaimsSet().getIssueTime() == null) {
                throw refused("The JWT has no iat (issued at) claim.");
            }
        } catch (ParseException e) {
            throw refused("The JWT's iat (issued at) is not a number of seconds.");
        }
    }

    private static SignedJWT signed(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw refused("The bearer token is not a JWT.");
        }
        if (jwt.getHeader().getAlgorithm() == Algorithm.NONE || !(jwt instanceof SignedJWT signed)) {
            throw refused("The JWT is not signed (alg none); CDS Hooks requires a signature by the client's key.");
        }
        return signed;
    }

    private static String issuer(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw refused("The JWT's claims are not a JSON object.");
        }
    }

    /** Clear answers for header mistakes; the decoder enforces the algorithms again. */
    private static void checkHeader(JWSHeader header, TrustedClients.Client client) {
        if (!TrustedClients.ALGORITHMS.contains(header.getAlgorithm())) {
            throw refused("The JWT's algorithm is not accepted: CDS Hooks forbids symmetric ones such as HMAC;"
                    + " use " + names() + ".");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw refused("The JWT header has no kid naming the client's signing key.");
        }
        if (header.getJWKURL() != null && !header.getJWKURL().toString().equals(client.jwks())) {
            throw refused("The JWT's jku is not the JWK Set URL registered for its issuer.");
        }
    }

    private static String names() {
        return TrustedClients.ALGORITHMS.stream()
                .map(JWSAlgorithm::getName)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private Jwt decode(TrustedClients.Client client, String token) {
        try {
            return client.decoder().decode(token);
        } catch (JwtValidationException e) {
            throw refused(e.getErrors().iterator().next().getDescription());
        } catch (BadJwtException e) {
            throw refused("The JWT's signature could not be verified with its issuer's registered keys"
                    + " (unknown kid, wrong key or type not JWT).");
        } catch (JwtException e) {
            throw refused("The registered keys of the JWT's issuer could not be read just now; try again later.");
        }
    }

    private static InvalidBearerTokenException refused(String message) {
        return new InvalidBearerTokenException(message);
    }
}
