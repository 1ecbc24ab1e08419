package org.salus.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * How the site answers an error, wherever it was raised: the site's HTML error page for
 * browsers, RFC 9457 {@code application/problem+json} for the JSON API's addresses and for
 * clients that ask for JSON first. Both say what went wrong in plain words and never echo the
 * request back.
 */
@Component
class ErrorResponses {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final List<MediaType> JSON =
            List.of(MediaType.APPLICATION_JSON, PROBLEM_JSON, MediaType.valueOf("application/*+json"));

    private final PageContextResolver contexts;

    ErrorResponses(PageContextResolver contexts) {
        this.contexts = contexts;
    }

    /** The HTML page or the problem, as the request wants ({@link #wantsJson}). */
    ModelAndView respond(HttpServletRequest request, HttpError error) {
        return wantsJson(request) ? problem(request, error) : page(request, error);
    }

    /** The site's HTML error page. */
    ModelAndView page(HttpServletRequest request, HttpError error) {
        ModelAndView view = new ModelAndView("error/error", error.status());
        view.addObject(
                "page", new ErrorPage(contexts.create(request), error.status().value(), error.messageKey()));
        return view;
    }

    /** RFC 9457 problem+json with the page's title and text. */
    ModelAndView problem(HttpServletRequest request, HttpError error) {
        Map<String, Object> problem =
                problemBody(error, contexts.create(request).messages()::lookup);
        JacksonJsonView view = new JacksonJsonView();
        view.setContentType(PROBLEM_JSON.toString());
        view.setModelKeys(Set.of("problem"));
        view.setExtractValueFromSingleKeyModel(true);
        ModelAndView answer = new ModelAndView(view, "problem", problem);
        answer.setStatus(error.status());
        return answer;
    }

    /**
     * The RFC 9457 body of {@code error}: its page's title and text, looked up by message key
     * ({@code key.title}, {@code key.text}), and nothing from the request.
     */
    static Map<String, Object> problemBody(HttpError error, UnaryOperator<String> lookup) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", lookup.apply(error.messageKey() + ".title"));
        problem.put("status", error.status().value());
        problem.put("detail", lookup.apply(error.messageKey() + ".text"));
        return problem;
    }

    /**
     * JSON for the API's addresses, and for clients whose most wanted type is JSON (such as
     * {@code Accept: application/json}); the HTML page for browsers, for {@code *}{@code /*} and
     * for anything unreadable.
     */
    static boolean wantsJson(HttpServletRequest request) {
        String path = path(request);
        if (path.equals("/api") || path.startsWith("/api/")) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(
                    String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT))));
            MimeTypeUtils.sortBySpecificity(accepted); // quality first, then the more specific type
        } catch (IllegalArgumentException e) { // unreadable, or more types than anyone sends
            return false;
        }
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0 || type.isWildcardType()) {
                continue;
            }
            if (type.includes(MediaType.TEXT_HTML)) {
                return false;
            }
            if (JSON.stream().anyMatch(json -> type.includes(json) || json.includes(type))) {
                return true;
            }
        }
        return false;
    }

    /** The address asked for, also while the container shows its error page. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }
}
