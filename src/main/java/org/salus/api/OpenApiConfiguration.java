package org.salus.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON content API (springdoc serves it at {@code /v3/api-docs},
 * Swagger UI at {@code /swagger-ui/index.html}); only {@code /api/v1} is documented
 * ({@code springdoc.paths-to-match}).
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI contentApi() {
        SecurityScheme key = new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiRateLimiter.KEY_HEADER)
                .description(
                        "Optional. A key issued by the publisher raises the rate limit; an unknown or revoked key gets 401.");
        SecurityScheme bearer = new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("The same key sent as Authorization: Bearer.");
        return new OpenAPI()
                .info(new Info().title("Salus JSON content API").version("v1").description("""
                                Published health articles, dictionary terms and moderated patient stories. \
                                Read-only; field names are camelCase; times are ISO-8601 in UTC. Errors are \
                                application/problem+json. Anonymous clients are rate-limited per address, \
                                clients with an API key per key; past the limit: 429 with Retry-After. \
                                Content licences vary per article: see each article's sources and syndication."""))
                .components(new Components().addSecuritySchemes("apiKey", key).addSecuritySchemes("bearer", bearer))
                .addSecurityItem(new SecurityRequirement())
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer apiContract() {
        return new OpenApiContract();
    }
}
