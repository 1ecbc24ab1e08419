package org.salus.article;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an article must be reviewed again: the review date plus {@code salus.review.interval}
 * (three years unless configured), or an earlier date the reviewer chose.
 */
@Component
public class ReviewPolicy {

    private final Period interval;

    ReviewPolicy(@Value("${salus.review.interval:P3Y}") Period interval) {
        this.interval = interval;
    }

    public LocalDate nextReviewDue(LocalDate reviewedOn) {
        return reviewedOn.plus(interval);
    }
}
