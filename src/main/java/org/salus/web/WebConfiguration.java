package org.salus.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take a {@link PageContext} parameter; body ETags for small public pages; control
 * characters refused at the edge.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final PageContextResolver pageContexts;

    WebConfiguration(PageContextResolver pageContexts) {
        this.pageContexts = pageContexts;
    }

    /**
     * ETags from the rendered body for the public pages that compute none themselves, so
     * revalidations get a 304 without sending the page again. The topic page has its own.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> bodyEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/", "/topics", "/reviewers/*", "/dictionary", "/dictionary/*");
        return registration;
    }

    /**
     * Control characters are refused before anything reads a parameter: after the character
     * encoding filter (so parameters are decoded as UTF-8) and before Spring Security, whose
     * sign-in form would otherwise look the user name up in the database.
     */
    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharacters() {
        var registration = new FilterRegistrationBean<>(new ControlCharacterFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageContexts);
    }
}
