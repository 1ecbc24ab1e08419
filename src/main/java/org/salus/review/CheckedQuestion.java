package org.salus.review;

import org.salus.article.Question;

/**
 * A quiz question as the editor and the medical reviewer check it before approving:
 * {@code supportLive} says whether its "Read more" link names an article section readers can see
 * now (publishing is refused until every one does).
 */
public record CheckedQuestion(Question question, boolean supportLive) {}
