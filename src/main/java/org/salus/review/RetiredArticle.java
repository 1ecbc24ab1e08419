package org.salus.review;

import java.time.Instant;

/** An article taken off the site: readers get 410 Gone; its history stays on the editor's desk. */
public record RetiredArticle(String slug, String title, Instant retiredAt, String reason) {}
