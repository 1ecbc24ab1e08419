package org.salus.article;

import java.util.List;

import org.salus.web.PageContext;

/**
 * The model of {@code reviewer/profile.jte}: the articles whose page credits the reviewer, and
 * those they reviewed before another reviewer's newer review.
 *
 * @param canonical the page's absolute address in its own language
 * @param photo     the reviewer's photo, or null when the profile has none (or its image is gone)
 */
public record ReviewerPage(
        PageContext ctx,
        ReviewerProfile reviewer,
        List<RelatedArticle> articles,
        List<RelatedArticle> previously,
        boolean confirmationDue,
        String jsonLd,
        String canonical,
        ReviewerPhotos.Photo photo) {}
