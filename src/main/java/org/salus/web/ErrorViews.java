package org.salus.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's own page for errors that reach the servlet container (an unexpected failure, a
 * request Tomcat rejected): status and a calm message, never a stack trace.
 */
@Component
class ErrorViews implements ErrorViewResolver {

    private final PageContextResolver contexts;

    ErrorViews(PageContextResolver contexts) {
        this.contexts = contexts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String key = switch (status) {
            case NOT_FOUND -> "error.notFound";
            case BAD_REQUEST -> "error.badRequest";
            case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
            case FORBIDDEN, UNAUTHORIZED -> "error.forbidden";
            default -> status.is4xxClientError() ? "error.badRequest" : "error.server";
        };
        ModelAndView view = new ModelAndView("error/error", status);
        view.addObject("page", new ErrorPage(contexts.create(request), status.value(), key));
        return view;
    }
}
