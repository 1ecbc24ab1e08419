package org.salus.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of {@link SlowBodyGuard}'s refusals (408, 413, 415, 503): the site's HTML error page
 * for browsers, {@code application/problem+json} for JSON clients ({@link ErrorResponses#wantsJson}),
 * plain text for {@code /infobutton} (as its EHR clients get every error). They are written here,
 * straight to the response, never through the dispatcher or the container's error page: those
 * check for multipart bodies and read parameters, which makes Tomcat read the body the guard is
 * refusing, on this worker, at the slow client's pace.
 *
 * <p>Each page is rendered once per refusal from the usual jte template
 * ({@code error/error}), with nobody signed in and the text-size control returning home, and
 * then kept: a flood of refusals costs a map look-up and a write each. Nothing from the request
 * goes into a kept page.
 */
@Component
class Refusals {

    /** One client address is sending more bodies at once than allowed. */
    static final HttpError BUSY = new HttpError(HttpStatus.SERVICE_UNAVAILABLE, "error.busySending");
    /** A body still arriving after the timeout. */
    static final HttpError TOO_SLOW = new HttpError(HttpStatus.REQUEST_TIMEOUT, "error.slowBody");
    /** A body larger than the site buffers. */
    static final HttpError TOO_LARGE = HttpError.of(HttpStatus.CONTENT_TOO_LARGE);
    /** A file upload outside the import pages. */
    static final HttpError NO_UPLOADS = new HttpError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.noUploads");

    private static final String INFOBUTTON = "/infobutton";
    private static final String TEMPLATE = "error/error.jte";
    private static final String HTML = "text/html;charset=UTF-8";
    private static final String PLAIN = "text/plain;charset=UTF-8";

    private final TemplateEngine templates;
    private final PageContextResolver contexts;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Map<HttpError, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<HttpError, byte[]> problems = new ConcurrentHashMap<>();

    Refusals(TemplateEngine templates, PageContextResolver contexts, MessageSource messages, JsonMapper json) {
        this.templates = templates;
        this.json = json;
        this.contexts = contexts;
        this.messages = messages;
    }

    /**
     * Answers {@code error} in the form the client reads, and closes the connection. Reads the
     * request's path and headers only, never its body or parameters.
     */
    void send(HttpServletRequest request, HttpServletResponse response, HttpError error) throws IOException {
        if (request.getRequestURI().equals(request.getContextPath() + INFOBUTTON)) {
            write(
                    response,
                    error,
                    PLAIN,
                    (text(error, ".title") + ". " + text(error, ".text") + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (ErrorResponses.wantsJson(request)) {
            write(
                    response,
                    error,
                    ErrorResponses.PROBLEM_JSON.toString(),
                    problems.computeIfAbsent(error, this::problem));
        } else {
            write(response, error, HTML, pages.computeIfAbsent(error, this::page));
        }
    }

    private static void write(HttpServletResponse response, HttpError error, String type, byte[] body)
            throws IOException {
        response.setStatus(error.status().value());
        response.setContentType(type);
        SecurityHeaders.addMissing(response);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // Tomcat then closes the connection instead of reading the rest of the body.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] page(HttpError error) {
        PageContext ctx = contexts.withoutRequest("/");
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(TEMPLATE, new ErrorPage(ctx, error.status().value(), error.messageKey()), output);
        return output.toByteArray();
    }

    /** RFC 9457 problem+json with the page's title and text, the body {@link ErrorResponses#problem} writes. */
    private byte[] problem(HttpError error) {
        return json.writeValueAsBytes(ErrorResponses.problemBody(error, this::message));
    }

    private String text(HttpError error, String suffix) {
        return message(error.messageKey() + suffix);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
