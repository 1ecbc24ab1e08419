package org.salus.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions a reader can cause into answers with the right status: 404 for addresses
 * where nothing is published, 400 with a plain explanation for malformed requests, 405, 413 and
 * so on, 301 for moved articles; the HTML error page for browsers, problem+json for JSON clients
 * ({@link ErrorResponses}). The reader's input is never echoed back. A fault of the site is left
 * to the container, which logs it once and shows the 500 page ({@link SiteErrorController}).
 * Ordered after the JSON API's own handlers, which answer for the API's controllers.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final ErrorResponses responses;

    ErrorPages(ErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView clientError(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        HttpError error = HttpError.causedByClient(e).orElse(null);
        if (error == null) {
            throw e;
        }
        LOG.debug("Answered {}: {}", error.status(), e.toString());
        contentLanguage(e).ifPresent(language -> request.setAttribute(PageContextResolver.CONTENT_LANGUAGE, language));
        if (e instanceof ErrorResponse spring) {
            // For example Allow on a 405
            spring.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
        return responses.respond(request, error);
    }

    /** The language of the content a 404 or 410 is about, when the controller knew it: its page speaks it. */
    private static Optional<String> contentLanguage(Exception e) {
        if (e instanceof GoneException gone) {
            return gone.language();
        }
        return e instanceof NotFoundException notFound ? notFound.language() : Optional.empty();
    }

    @ExceptionHandler(MovedPermanentlyException.class)
    void moved(MovedPermanentlyException e, HttpServletResponse response) {
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, e.location());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
    }
}
