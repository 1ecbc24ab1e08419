package org.salus.article.content;

import java.util.List;

/**
 * Sent during an import for each file, inside its transaction: the questions the file declares
 * for its article. The stories feature keeps them; {@code article} does not know it exists.
 */
public record ArticleQuestionsDeclared(long articleId, String slug, List<QuestionSpec> questions) {}
