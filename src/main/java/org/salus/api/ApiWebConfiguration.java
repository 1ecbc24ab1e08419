package org.salus.api;

import org.salus.api.keys.ApiKeys;
import org.salus.limits.RateLimitBuckets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's filters and CORS. Any web page may read the API from a browser (GET, no cookies or
 * other credentials); the preflight is answered by Spring Security's CORS filter from this
 * configuration, before any rate limit.
 */
@Configuration
@EnableConfigurationProperties(ApiSettings.class)
class ApiWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/**")
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD")
                .allowedHeaders(
                        ApiRateLimiter.KEY_HEADER,
                        HttpHeaders.AUTHORIZATION,
                        HttpHeaders.IF_NONE_MATCH,
                        HttpHeaders.IF_MODIFIED_SINCE)
                .exposedHeaders(
                        HttpHeaders.ETAG,
                        HttpHeaders.LAST_MODIFIED,
                        HttpHeaders.RETRY_AFTER,
                        ApiRateLimiter.LIMIT_HEADER,
                        ApiRateLimiter.REMAINING_HEADER)
                .allowCredentials(false)
                .maxAge(3600);
    }

    /** Rate limits and key checks; after Spring Security, so CORS preflights never count. */
    @Bean
    FilterRegistrationBean<ApiRateLimiter> apiRateLimiter(
            ApiKeys keys, ApiSettings settings, JsonMapper json, RateLimitBuckets buckets) {
        FilterRegistrationBean<ApiRateLimiter> registration =
                new FilterRegistrationBean<>(new ApiRateLimiter(keys, settings, json, buckets));
        registration.setName("apiRateLimiter");
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /**
     * ETags from the JSON bytes for lists, terms and stories, so a client revalidating gets a 304
     * without the body; the article endpoint sets its own ETag from the content version (kept).
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiBodyEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.setName("apiBodyEtags"); // the site's own ShallowEtagHeaderFilter has the default name
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
