package org.salus.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's own page for errors that reach the servlet container (an unexpected failure, a
 * request Tomcat rejected): status and a calm message, never a stack trace. Asked last by
 * {@link SiteErrorController}: a resolver that knows more about the request answers first.
 */
@Component
class ErrorViews implements ErrorViewResolver {

    private final ErrorResponses responses;

    ErrorViews(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return responses.page(request, HttpError.of(status));
    }
}
