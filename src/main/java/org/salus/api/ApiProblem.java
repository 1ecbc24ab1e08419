package org.salus.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How the OpenAPI document describes an error answer (RFC 9457 problem details), in place of
 * Spring's {@code ProblemDetail}, which springdoc would describe wrongly: its {@code instance}
 * as an absolute URI (the API sends a relative reference) and its extra members nested under
 * {@code properties} (they are sent at the top level). Never instantiated: the answers are
 * written by {@link ApiProblems} and {@link ApiRateLimiter}.
 */
@Schema(name = OpenApiContract.PROBLEM, description = "An error, as application/problem+json (RFC 9457)")
record ApiProblem(
        @Schema(format = "uri-reference", description = "about:blank or absent: the status says what happened")
        String type,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What to change, in a sentence")
        String detail,

        @Schema(
                format = "uri-reference",
                description = "The API route that answered, such as "
                        + "/api/v1/articles/%7Bslug%7D; never the address asked for, which carries the client's input")
        String instance,

        @Schema(description = "On a 400: the query parameter at fault")
        String parameter) {}
