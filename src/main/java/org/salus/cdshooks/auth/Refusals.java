package org.salus.cdshooks.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a refused CDS call: {@code 401} with {@code WWW-Authenticate: Bearer} (RFC 6750; with
 * {@code error="invalid_token"} and the reason when a token was sent) and a FHIR OperationOutcome whose
 * {@code diagnostics} says in plain words what to fix. The reason is always one of the site's own
 * sentences ({@link ClientTokens}), never a stack trace or the token.
 */
final class Refusals implements AuthenticationEntryPoint {

    static final String NO_TOKEN = "This CDS service needs a signed JWT from a registered CDS client:"
            + " send it as 'Authorization: Bearer <JWT>'.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        String reason = reason(refusal);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                reason == null
                        ? "Bearer realm=\"cds-services\""
                        : "Bearer realm=\"cds-services\", error=\"invalid_token\", error_description=\""
                                + headerSafe(reason) + "\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(operationOutcome(reason == null ? NO_TOKEN : reason)));
    }

    /** The site's sentence for a refused token, or null when no (readable) token was sent. */
    private static String reason(AuthenticationException refusal) {
        if (refusal instanceof InvalidBearerTokenException token) {
            return token.getError().getDescription(); // written by ClientTokens
        }
        if (refusal instanceof OAuth2AuthenticationException) {
            return "The Authorization header is not 'Bearer' followed by one JWT.";
        }
        return null;
    }

    static Map<String, Object> operationOutcome(String diagnostics) {
        return Map.of(
                "resourceType",
                "OperationOutcome",
                "issue",
                List.of(Map.of("severity", "error", "code", "login", "diagnostics", diagnostics)));
    }

    /** RFC 6750 allows printable ASCII other than quote and backslash in error_description. */
    private static String headerSafe(String text) {
        return text.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "'");
    }
}
