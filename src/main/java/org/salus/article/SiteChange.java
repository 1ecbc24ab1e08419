package org.salus.article;

import java.time.Instant;

/**
 * A line of the site's "Recently updated" list: an article readers can see and one line of its
 * "What changed" list ({@link ClinicalChange}), published at {@code at}.
 */
public record SiteChange(IndexEntry article, ClinicalChange change, Instant at) {

    /** The article's page address ({@code /topics/x}, a quiz's {@code /quizzes/y}). */
    public String path() {
        return TopicListing.path(article.contentType(), article.slug());
    }
}
