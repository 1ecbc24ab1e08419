package org.salus.cdn;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link CdnHeaders}. */
@Configuration
class CdnConfiguration {

    /**
     * Inside compression ({@code web.WebConfiguration}, which only sees the final headers) and
     * outside the body ETags, whose buffered body reaches this filter as the response starts.
     */
    @Bean
    FilterRegistrationBean<CdnHeaders> cdnHeaders(CdnProperties settings) {
        FilterRegistrationBean<CdnHeaders> registration = new FilterRegistrationBean<>(new CdnHeaders(settings));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
