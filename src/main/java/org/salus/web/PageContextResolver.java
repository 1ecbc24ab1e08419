package org.salus.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method take a {@link PageContext} parameter, built from the request.
 * The address says the UI's language: Spanish under {@code /es}, English elsewhere; content pages
 * (topics, quizzes) switch it to their content's language with {@link PageContext#in(String)}
 * before rendering (docs/languages.md). Error pages are built here too, so a 404 under {@code /es}
 * is Spanish, and so is an error about content whose language is known ({@link #CONTENT_LANGUAGE}).
 */
@Component
public class PageContextResolver implements HandlerMethodArgumentResolver {

    /**
     * The request attribute naming the language (ISO 639-1) of the content a request is about,
     * set where an error is answered for content whose address does not say it (a retired Spanish
     * article at {@code /topics/...}, {@link GoneException#language()}): its error page speaks it.
     */
    public static final String CONTENT_LANGUAGE = PageContextResolver.class.getName() + ".contentLanguage";

    private final MessageSource messageSource;
    private final SiteProperties site;
    private final StaticAssets assets;
    private final ObjectProvider<WorkCounts> workCounts;

    PageContextResolver(
            MessageSource messageSource,
            SiteProperties site,
            StaticAssets assets,
            ObjectProvider<WorkCounts> workCounts) {
        this.messageSource = messageSource;
        this.site = site;
        this.assets = assets;
        this.workCounts = workCounts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageContext.class.equals(parameter.getParameterType());
    }

    @Override
    public PageContext resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return create(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    public PageContext create(HttpServletRequest request) {
        Locale locale = Locale.forLanguageTag(languageOf(request));
        String signedIn = signedIn(request);
        return new PageContext(
                locale.getLanguage(),
                new Messages(messageSource, locale),
                pathOf(request),
                site.baseUrl(request),
                site,
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                signedIn,
                authorities(request),
                assets,
                null,
                countsOf(signedIn));
    }

    /**
     * The context of a page rendered without a request dispatch ({@link SlowBodyGuard}'s refusals):
     * nobody signed in, no CSRF token, links relative unless {@code salus.base-url} is set, and
     * {@code returnPath} for the text-size control. Reads nothing from any request.
     */
    PageContext withoutRequest(String returnPath) {
        Locale locale = Locale.ENGLISH;
        return new PageContext(
                locale.getLanguage(),
                new Messages(messageSource, locale),
                returnPath,
                site.baseUrl(),
                site,
                null,
                null,
                Set.of(),
                assets,
                null,
                null);
    }

    /** Nobody signed in (every reader, and the static edition's requests) has no counts to look up. */
    private java.util.function.Supplier<WorkCounts.Counts> countsOf(String username) {
        WorkCounts source = username == null ? null : workCounts.getIfAvailable();
        return source == null ? null : new WorkCounts.Lazy(() -> source.of(username));
    }

    /** The signed-in person's authorities, from the request's principal (never creates a session). */
    private static Set<String> authorities(HttpServletRequest request) {
        if (request.getUserPrincipal() instanceof Authentication authentication) {
            return authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
        }
        return Set.of();
    }

    /** The editorial user's name, read from the request only (never creates a session). */
    private static String signedIn(HttpServletRequest request) {
        java.security.Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    /**
     * The UI language of a request: the language of the content it is about when that is known
     * ({@link #CONTENT_LANGUAGE}), else the address's: Spanish for {@code /es} and every address
     * under it (also on the error page of one that failed), English for the rest.
     */
    static String languageOf(HttpServletRequest request) {
        if (request.getAttribute(CONTENT_LANGUAGE) instanceof String language
                && PageContext.UI_LANGUAGES.contains(language)) {
            return language;
        }
        String path =
                ErrorResponses.path(request).substring(request.getContextPath().length());
        return path.equals("/es") || path.startsWith("/es/") ? "es" : "en";
    }

    /** The address asked for; on the container's error page, the one that failed, not /error. */
    private static String pathOf(HttpServletRequest request) {
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String;
        String uri =
                error ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        String query =
                error ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }
}
