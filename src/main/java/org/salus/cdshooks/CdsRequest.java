package org.salus.cdshooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A CDS Hooks request as the specification defines it (§"HTTP Request"): {@code hook},
 * {@code hookInstance} and {@code context} required; {@code fhirServer}, {@code fhirAuthorization}
 * and {@code prefetch} optional, the server required when an authorization is given. Checked on
 * arrival, so a service sees only well-formed requests; messages name the field, not its value.
 *
 * @param fhirServer the EHR's FHIR server, or null
 * @param accessToken the bearer token for it, or null (sent only to that server; never kept)
 */
record CdsRequest(String hook, JsonNode context, JsonNode prefetch, URI fhirServer, String accessToken) {

    /** A FHIR logical id (FHIR R4 §2.24.0.1 "id"). */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    static CdsRequest of(JsonNode body, String expectedHook) {
        if (body == null || !body.isObject()) {
            throw CdsHooksException.invalid("The request body must be a JSON object (a CDS Hooks request).");
        }
        String hook = requiredText(body, "hook");
        if (!hook.equals(expectedHook)) {
            throw CdsHooksException.invalid(
                    "This service answers the " + expectedHook + " hook; the request names another hook.");
        }
        requiredText(body, "hookInstance");
        JsonNode context = body.get("context");
        if (context == null || !context.isObject()) {
            throw CdsHooksException.invalid("Field context is required: an object with the hook's context.");
        }
        JsonNode prefetch = body.get("prefetch");
        if (prefetch != null && !prefetch.isNull() && !prefetch.isObject()) {
            throw CdsHooksException.invalid("Field prefetch must be an object (prefetch key to FHIR resource).");
        }
        URI server = fhirServer(body.get("fhirServer"));
        String token = accessToken(body.get("fhirAuthorization"));
        if (token != null && server == null) {
            throw CdsHooksException.invalid("Field fhirServer is required when fhirAuthorization is sent.");
        }
        return new CdsRequest(hook, context, prefetch == null || prefetch.isNull() ? null : prefetch, server, token);
    }

    /** The context's patient id, checked as a FHIR id (it goes into FHIR server URLs). */
    String patientId() {
        String id = contextText("patientId")
                .orElseThrow(() -> CdsHooksException.invalid("Field context.patientId is required by this hook."));
        if (!FHIR_ID.matcher(id).matches()) {
            throw CdsHooksException.invalid("Field context.patientId must be a FHIR id (letters, digits, - and .).");
        }
        return id;
    }

    Optional<String> contextText(String field) {
        JsonNode value = context.get(field);
        return value != null && value.isString() && !value.asString().isBlank()
                ? Optional.of(value.asString().trim())
                : Optional.empty();
    }

    /**
     * The prefetched value of {@code key}: empty when the client did not send the key (it may
     * fetch nothing, §"Prefetch Template"); a JSON null when it had no data for it.
     */
    Optional<JsonNode> prefetched(String key) {
        return prefetch == null || !prefetch.has(key) ? Optional.empty() : Optional.of(prefetch.get(key));
    }

    /** Names the hook only: a request's context, prefetch and token never reach a log line. */
    @Override
    public String toString() {
        return "CdsRequest[hook=" + hook + "]";
    }

    boolean canReachFhirServer() {
        return fhirServer != null;
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw CdsHooksException.invalid("Field " + field + " is required (a string).");
        }
        return value.asString();
    }

    private static URI fhirServer(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String problem = "Field fhirServer must be the absolute http or https base URL of a FHIR server.";
        if (!value.isString()) {
            throw CdsHooksException.invalid(problem);
        }
        try {
            URI uri = new URI(value.asString().trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw CdsHooksException.invalid(problem);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw CdsHooksException.invalid(problem);
        }
    }

    private static String accessToken(JsonNode authorization) {
        if (authorization == null || authorization.isNull()) {
            return null;
        }
        JsonNode token = authorization.isObject() ? authorization.get("access_token") : null;
        JsonNode type = authorization.isObject() ? authorization.get("token_type") : null;
        if (token == null
                || !token.isString()
                || token.asString().isBlank()
                || token.asString().length() > 8192) {
            throw CdsHooksException.invalid("Field fhirAuthorization.access_token is required (a string).");
        }
        if (type != null && !(type.isString() && type.asString().equalsIgnoreCase("Bearer"))) {
            throw CdsHooksException.invalid("Field fhirAuthorization.token_type must be Bearer.");
        }
        for (char c : token.asString().toCharArray()) {
            if (c <= 0x20 || c >= 0x7f) { // it goes into an HTTP header
                throw CdsHooksException.invalid("Field fhirAuthorization.access_token must be printable ASCII.");
            }
        }
        return token.asString();
    }
}
