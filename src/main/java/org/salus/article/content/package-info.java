/**
 * The content-file format (Markdown with front matter) and the {@code import content} importer,
 * plus the sample articles loaded into an empty site. Internals of {@code article}; the editor's
 * form ({@code review}) parses pasted files with {@link org.salus.article.content.ContentFileParser},
 * and {@code story} reads the questions an article declares ({@link org.salus.article.content.QuestionSpec}).
 */
package org.salus.article.content;
