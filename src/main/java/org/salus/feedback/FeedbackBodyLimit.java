package org.salus.feedback;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a feedback form whose body is far larger than the longest allowed description
 * (2,000 characters, up to 4 bytes each, URL-encoded) with 413, before anything is parsed.
 */
@Component
class FeedbackBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 32 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().matches("/topics/[^/]+/(feedback|problem)");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.sendError(
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Your message is longer than we can accept. Please shorten it to at most 2,000 characters.");
            return;
        }
        chain.doFilter(request, response);
    }
}
