package org.salus.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take a {@link PageContext} parameter. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final PageContextResolver pageContexts;

    WebConfiguration(PageContextResolver pageContexts) {
        this.pageContexts = pageContexts;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageContexts);
    }
}
