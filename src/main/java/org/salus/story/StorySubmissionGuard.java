package org.salus.story;

import java.io.IOException;
import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salus.article.ArticleReader;
import org.salus.article.Slugs;
import org.salus.limits.RateLimit;
import org.salus.limits.RateLimitBuckets;
import org.salus.web.PageContextResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Protects story submission before anything is parsed: bodies over {@link #MAX_BYTES} get 413,
 * and more than {@link #perClient} submissions per client address in {@link #WINDOW} get 429
 * with {@code Retry-After}. On PostgreSQL the count is shared by every app node
 * ({@link RateLimitBuckets}).
 */
@Component
class StorySubmissionGuard extends OncePerRequestFilter {

    static final long MAX_BYTES = 32 * 1024;
    static final Duration WINDOW = Duration.ofHours(1);

    /** Submissions per client address per hour ({@code salus.stories.submissions-per-hour}, default 5). */
    final int perClient;

    private final RateLimitBuckets buckets;
    private final ArticleReader articles;

    StorySubmissionGuard(StoryProperties settings, RateLimitBuckets buckets, ArticleReader articles) {
        this.perClient = settings.submissionsPerHour();
        this.buckets = buckets;
        this.articles = articles;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().matches("/topics/[^/]+/questions/[^/]+");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            speakTopicLanguage(request);
            response.sendError(
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Your story is longer than we can accept. Please shorten it to at most 5,000 characters.");
            return;
        }
        ConsumptionProbe probe =
                buckets.tryConsume("story:ip:" + request.getRemoteAddr(), new RateLimit(perClient, WINDOW));
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            speakTopicLanguage(request);
            response.sendError(429, "You have sent several stories in a short time. Please try again later.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A refusal's page speaks the language of the topic whose form was sent, as the form did (a
     * Spanish topic's reader is refused in Spanish). Published articles are read from a cache.
     */
    private void speakTopicLanguage(HttpServletRequest request) {
        String slug = request.getRequestURI().split("/")[2]; // /topics/{slug}/questions/{question}
        if (Slugs.isValid(slug)) {
            articles.published(slug)
                    .ifPresent(
                            article -> request.setAttribute(PageContextResolver.CONTENT_LANGUAGE, article.language()));
        }
    }
}
