package org.salus.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page the servlet container shows for errors that left the application: a fault of the
 * site (500, already logged by the container), a status set with {@code sendError} (403 from
 * security, 429 from a rate limit, 400 for a query Tomcat could not decode). HTML for
 * browsers, problem+json for the API and JSON clients, never a stack trace. Asked for
 * directly, {@code /error} is an address like any other with nothing published: 404.
 */
@Controller
class SiteErrorController implements ErrorController {

    private final ErrorResponses responses;
    private final List<ErrorViewResolver> views;

    /** @param views pages for particular errors, in their order; {@link ErrorViews} for the rest */
    SiteErrorController(ErrorResponses responses, ObjectProvider<ErrorViewResolver> views) {
        this.responses = responses;
        this.views = views.orderedStream().toList();
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        SecurityHeaders.addMissing(response);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status =
                code instanceof Integer value && value >= 400 ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        HttpError error = HttpError.of(status);
        if (ErrorResponses.wantsJson(request)) {
            return responses.problem(request, error);
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return views.stream()
                .map(view -> known == null ? null : view.resolveErrorView(request, known, Map.of()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> responses.page(request, error));
    }
}
