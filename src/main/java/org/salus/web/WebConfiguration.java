package org.salus.web;

import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take a {@link PageContext} parameter; body ETags for small public pages; control
 * characters refused at the edge; compression; bounds on slow request bodies.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    private final PageContextResolver pageContexts;
    private final StaticAssets assets;

    WebConfiguration(PageContextResolver pageContexts, StaticAssets assets) {
        this.pageContexts = pageContexts;
        this.assets = assets;
    }

    /**
     * ETags from the rendered body for the public pages that compute none themselves, so
     * revalidations get a 304 without sending the page again. The topic page has its own.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> bodyEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(
                "/",
                "/topics",
                "/reviewers/*",
                "/es/reviewers/*",
                "/dictionary",
                "/dictionary/*",
                "/quizzes",
                "/quizzes/*",
                "/es",
                "/es/topics",
                "/es/dictionary",
                "/es/quizzes");
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

    /**
     * Compression outside every other filter of the site, so it sees the final bytes and headers
     * (the body ETags above, the security headers); after the character-encoding filter.
     */
    @Bean
    FilterRegistrationBean<ResponseCompression> responseCompression(CompressionProperties settings) {
        FilterRegistrationBean<ResponseCompression> registration =
                new FilterRegistrationBean<>(new ResponseCompression(settings));
        registration.setEnabled(settings.enabled());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Bounds on request bodies before anything reads one (Spring Security's CSRF check reads the
     * form), so slow senders cannot hold every worker; see {@link SlowBodyGuard}.
     */
    @Bean
    FilterRegistrationBean<SlowBodyGuard> slowBodyGuard(RequestBodyProperties settings, Refusals refusals) {
        FilterRegistrationBean<SlowBodyGuard> registration =
                new FilterRegistrationBean<>(new SlowBodyGuard(settings, refusals));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageContexts);
    }

    /** Cache lifetimes of static files: a year when fingerprinted (see {@link StaticAssets}). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(assets).addPathPatterns("/css/**", "/js/**", "/img/**");
    }
}
