/**
 * Quizzes for readers: {@code /quizzes} (the published quizzes), {@code /quizzes/{slug}} (one form
 * with every question, described as a schema.org {@code Quiz}) and its results page, scored without
 * storing anything about the reader; and the "Test your ... IQ" panel on the topic pages a quiz is related to. A quiz is an article
 * of content type {@code quiz} (see docs/quizzes.md): this package owns no table and reads quizzes
 * through {@link org.salus.article.ArticleReader}.
 */
package org.salus.quiz;
