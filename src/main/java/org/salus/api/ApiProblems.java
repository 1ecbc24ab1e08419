package org.salus.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.salus.web.GoneException;
import org.salus.web.HttpError;
import org.salus.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Errors of the JSON API as {@code application/problem+json} (RFC 9457): a short title, a detail
 * a developer can act on, the parameter at fault where there is one, and never the value that was
 * sent or a stack trace. Scoped to the API's controllers and ahead of the site's HTML error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@Hidden
class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e, HttpServletRequest request) {
        return parameterProblem("Bad parameter", e.getMessage(), e.parameter(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return parameterProblem(
                "Bad parameter", "Parameter '" + e.getName() + "' has the wrong form.", e.getName(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return parameterProblem(
                "Missing parameter",
                "Parameter '" + e.getParameterName() + "' is required.",
                e.getParameterName(),
                request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(
                problem(HttpStatus.NOT_FOUND, "Not found", "No published " + e.getMessage() + " has this address."),
                request);
    }

    @ExceptionHandler(GoneException.class)
    ResponseEntity<ProblemDetail> gone(GoneException e, HttpServletRequest request) {
        return respond(
                problem(
                        HttpStatus.GONE,
                        "Gone",
                        "The " + e.getMessage() + " at this address was retired and is no longer published."),
                request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(
                problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "The API is read-only: use GET."),
                request);
    }

    /**
     * Everything else. The client's mistakes (broken percent-encoding, an Accept header the API
     * cannot serve, ...) get the status Spring gives them and a DEBUG line; a fault of the site
     * gets one ERROR line with its stack trace and a 500 without detail.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        HttpStatusCode status =
                HttpError.causedByClient(e).map(HttpError::status).orElse(null);
        if (status == null) {
            LOG.error("JSON API request failed", e);
            return respond(
                    problem(
                            HttpStatus.INTERNAL_SERVER_ERROR,
                            "Server error",
                            "The request could not be answered. Try again later."),
                    request);
        }
        LOG.debug("JSON API request refused with {}: {}", status, e.toString());
        HttpStatus known = HttpStatus.resolve(status.value());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, clientDetail(e));
        problem.setTitle(known == null ? "Bad request" : known.getReasonPhrase());
        ResponseEntity<ProblemDetail> answer = respond(problem, request);
        return e instanceof ErrorResponse spring && !spring.getHeaders().isEmpty() // e.g. Allow
                ? ResponseEntity.status(status)
                        .headers(spring.getHeaders())
                        .headers(answer.getHeaders())
                        .body(problem)
                : answer;
    }

    /** What the client can change, in words that never repeat what it sent. */
    private static String clientDetail(Exception e) {
        if (e instanceof InvalidParameterException) {
            return "A query parameter is not correctly percent-encoded (RFC 3986): write % only as %25.";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "The API answers in application/json (problems in application/problem+json): "
                    + "accept one of them, or send no Accept header.";
        }
        return "The request could not be understood; see the API description at /v3/api-docs.";
    }

    /** A 400 whose {@code parameter} property names the parameter at fault. */
    private static ResponseEntity<ProblemDetail> parameterProblem(
            String title, String detail, String parameter, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, title, detail);
        problem.setProperty("parameter", parameter);
        return respond(problem, request);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /**
     * The instance is the route that answered ("/api/v1/articles/{slug}"), not the address asked
     * for: Spring would otherwise fill in the raw path, which carries the client's input.
     */
    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        problem.setInstance(URI.create(
                route instanceof String pattern && !pattern.contains("**")
                        ? pattern.replace("{", "%7B").replace("}", "%7D")
                        : "/api/v1"));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
