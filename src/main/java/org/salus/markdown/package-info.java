/**
 * Shared plumbing for writing Markdown: {@link org.salus.markdown.MarkdownText} escapes plain text
 * (imported articles and dictionary definitions). Depends on no feature.
 */
package org.salus.markdown;
