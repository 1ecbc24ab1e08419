package org.salus.article;

import java.util.List;

import org.salus.web.PageContext;

/** The model of {@code reviewer/profile.jte}. */
public record ReviewerPage(PageContext ctx, ReviewerProfile reviewer, List<RelatedArticle> articles) {
}
