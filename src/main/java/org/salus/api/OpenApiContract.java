package org.salus.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.salus.article.ContentType;
import org.salus.article.TopicIndex;
import org.salus.article.TopicListing;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What springdoc cannot infer from the controllers and payload records, added to the generated
 * OpenAPI 3.1 document so that it says what the API sends: every payload property is always
 * present (null included), a nullable nested object is "that object or null", query parameters
 * have the types and values {@link ApiParameters} accepts (the controllers take them as strings
 * to answer a bad one with a problem that names it), and every operation may answer 401 and 429
 * (from {@link ApiRateLimiter}, before any controller). Each step is idempotent.
 */
final class OpenApiContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach(OpenApiContract::payload);
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(OpenApiContract::operation));
        }
    }

    /**
     * The records are written by Jackson with every component, nulls included, so each property
     * is required; nullability is in each property's type. The problem schema keeps its own list
     * ({@code type}, {@code instance} and {@code parameter} are not always sent).
     */
    private static void payload(String name, Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        if (!PROBLEM.equals(name)) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
        schema.getProperties().replaceAll((property, value) -> nullableReference(value));
    }

    /**
     * swagger-core writes a nullable reference as {@code {"$ref": ..., "type": ["object", "null"]}},
     * which nothing null satisfies (the referenced schema is an object); OpenAPI 3.1 spells it
     * {@code oneOf: [{"$ref": ...}, {"type": "null"}]}.
     */
    private static Schema<?> nullableReference(Schema<?> property) {
        if (property.get$ref() == null
                || property.getTypes() == null
                || !property.getTypes().contains("null")) {
            return property;
        }
        Schema<?> either = new JsonSchema()
                .oneOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
        either.setDescription(property.getDescription());
        return either;
    }

    private static void operation(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(OpenApiContract::queryParameter);
        }
        operation.getResponses().putIfAbsent("401", problem("The API key sent is unknown or revoked"));
        operation
                .getResponses()
                .putIfAbsent(
                        "429",
                        problem("Too many requests from this key or address; " + "Retry-After says when to try again")
                                .addHeaderObject(
                                        "Retry-After",
                                        new Header()
                                                .description("Seconds to wait")
                                                .schema(integer(0, null, null))));
    }

    private static void queryParameter(Parameter parameter) {
        if (!"query".equals(parameter.getIn())) {
            return;
        }
        switch (parameter.getName()) {
            case "limit" -> parameter.setSchema(integer(1, ApiParameters.MAX_LIMIT, ApiParameters.DEFAULT_LIMIT));
            case "offset" -> parameter.setSchema(integer(0, ApiParameters.MAX_OFFSET, 0));
            case "letter" -> parameter.setSchema(enumeration(TopicIndex.LETTERS));
            case "language" -> parameter.setSchema(enumeration(List.of("en", "es")));
            case "type" ->
                parameter.setSchema(enumeration(Arrays.stream(ContentType.values())
                        .filter(TopicListing::lists) // quizzes are at /api/v1/quizzes; governance pages are no topics
                        .map(ContentType::code)
                        .toList()));
            default -> {
                // free text, checked for form by ApiParameters: a string, as springdoc describes it
            }
        }
    }

    private static Schema<?> integer(int minimum, Integer maximum, Integer fallback) {
        Schema<Object> schema =
                new JsonSchema().types(Set.of("integer")).format("int32").minimum(BigDecimal.valueOf(minimum));
        if (maximum != null) {
            schema.setMaximum(BigDecimal.valueOf(maximum));
        }
        if (fallback != null) {
            schema.setDefault(fallback);
        }
        return schema;
    }

    private static Schema<?> enumeration(List<String> values) {
        Schema<Object> schema = new JsonSchema().types(Set.of("string"));
        schema.setEnum(new ArrayList<>(values));
        return schema;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new JsonSchema().$ref(PROBLEM_REF))));
    }
}
