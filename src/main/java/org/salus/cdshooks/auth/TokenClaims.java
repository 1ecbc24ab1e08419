package org.salus.cdshooks.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims the CDS Hooks spec requires of a client's token, checked after its signature: {@code exp}
 * present and not past, and not further ahead than the replay window (a jti is remembered that long);
 * {@code iat} not in the future (its presence is checked by {@link ClientTokens}); {@code nbf}, when sent, reached; {@code jti} present. Every
 * comparison allows the configured clock skew. ({@code aud} and the jti's one use depend on the request:
 * {@link ClientTokens} checks them.)
 */
final class TokenClaims implements OAuth2TokenValidator<Jwt> {

    private final Clock clock;
    private final Duration skew;
    private final Duration replayWindow;

    TokenClaims(Clock clock, Duration skew, Duration replayWindow) {
        this.clock = clock;
        this.skew = skew;
        this.replayWindow = replayWindow;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String problem = problem(token, clock.instant());
        return problem == null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, problem, null));
    }

    private String problem(Jwt token, Instant now) {
        Instant exp = token.getExpiresAt();
        Instant iat = token.getIssuedAt();
        Instant nbf = token.getNotBefore();
        if (exp == null) {
            return "The JWT has no exp (expiry) claim.";
        }
        if (now.minus(skew).isAfter(exp)) {
            return "The JWT has expired (exp); sign a new one for each call.";
        }
        if (exp.isAfter(now.plus(replayWindow).plus(skew))) {
            return "The JWT's exp is more than " + replayWindow.toSeconds()
                    + " seconds ahead; sign short-lived tokens, one per call.";
        }
        if (iat == null) {
            return "The JWT has no iat (issued at) claim.";
        }
        if (iat.isAfter(now.plus(skew))) {
            return "The JWT's iat (issued at) is in the future; check the client's clock.";
        }
        if (nbf != null && nbf.isAfter(now.plus(skew))) {
            return "The JWT is not valid yet (nbf).";
        }
        String jti = token.getId();
        if (jti == null || jti.isBlank()) {
            return "The JWT has no jti (a one-time id against replay).";
        }
        if (jti.length() > UsedTokenIds.MAX_JTI) {
            return "The JWT's jti is longer than " + UsedTokenIds.MAX_JTI + " characters.";
        }
        return null;
    }
}
