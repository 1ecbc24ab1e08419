package org.salus.quiz;

import java.util.List;

import org.salus.article.IndexEntry;
import org.salus.article.PublishedArticle;
import org.salus.web.PageContext;

/** Models of the quiz pages, one record per template. */
public final class QuizPages {

    private QuizPages() {}

    /** {@code /quizzes}: every published quiz, by title. */
    public record IndexPage(PageContext ctx, List<IndexEntry> quizzes) {}

    /** {@code /quizzes/{slug}}: the quiz as one form, described for search engines by {@code jsonLd} ({@link QuizJsonLd}). */
    public record QuizPage(PageContext ctx, PublishedArticle quiz, boolean overdue, String jsonLd) {}

    /** The answer to a submitted quiz: the score and every question with its explanation. */
    public record ResultsPage(PageContext ctx, PublishedArticle quiz, boolean overdue, QuizScore.Result result) {}
}
