package org.salus.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses every request whose parameters (query string, form fields, the text fields of an
 * upload) carry a character {@link ControlCharacters} refuses, with status 400 and the site's
 * error page, before any controller or the sign-in form sees it. Without this a NUL in any field
 * that is stored made PostgreSQL fail the insert, a 500.
 *
 * <p>The fields of {@link #CHECKED_BY_FORM} are left to their form, which says what is wrong
 * beside the field and gives back what was typed: a reader who pasted a story from another
 * program should not lose it to an error page.
 */
class ControlCharacterFilter extends OncePerRequestFilter {

    /** Request attribute that tells {@link ControlCharacterErrorView} why the request was refused. */
    static final String REFUSED = ControlCharacterFilter.class.getName() + ".refused";

    /** A form that checks some of its own fields (method, path pattern, field names). */
    record CheckedByForm(String method, PathPattern path, Set<String> fields) {

        CheckedByForm(String method, String path, Set<String> fields) {
            this(method, PathPatternParser.defaultInstance.parse(path), fields);
        }

        boolean covers(HttpServletRequest request, String field) {
            return fields.contains(field)
                    && method.equals(request.getMethod())
                    && path.matches(PathContainer.parsePath(request.getRequestURI()));
        }
    }

    /**
     * The public story form ({@code org.salus.story.StoryForm}) checks the name and the story itself;
     * so do the page feedback forms ({@code org.salus.feedback.FeedbackForm});
     * a moderator's redaction ({@code org.salus.story.Moderation}) checks the edited text.
     */
    static final List<CheckedByForm> CHECKED_BY_FORM = List.of(
            new CheckedByForm("POST", "/topics/*/questions/*", Set.of("displayName", "story")),
            new CheckedByForm("POST", "/topics/*/feedback", Set.of("comment")),
            new CheckedByForm("POST", "/topics/*/problem", Set.of("description")),
            new CheckedByForm("POST", "/moderation/stories/*/redact", Set.of("text")));

    /**
     * The HL7 Infobutton endpoint refuses control characters in every parameter it reads itself,
     * answering in the plain-text form EHR clients expect ({@code KnowledgeRequestParser}), and
     * stores nothing.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().equals("/infobutton");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (InvalidParameterException unreadable) {
            // Broken percent-encoding (?letter=%zz): Tomcat throws once and then quietly drops the
            // parameter, so the page would answer as if it had not been sent. The controllers get the
            // same exception where they read parameters, and answer it as they did before this filter.
            chain.doFilter(new UnreadableParameters(request, unreadable), response);
            return;
        }
        if (refused(request)) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean refused(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!ControlCharacters.isClean(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (!ControlCharacters.isClean(value) && !checkedByForm(request, parameter.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean checkedByForm(HttpServletRequest request, String field) {
        return CHECKED_BY_FORM.stream().anyMatch(form -> form.covers(request, field));
    }
}
