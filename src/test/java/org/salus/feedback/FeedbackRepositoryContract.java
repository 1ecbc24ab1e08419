package org.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.feedback.FeedbackPages.ArticleCounts;
import org.salus.feedback.FeedbackPages.Entry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback SQL against a real database: H2 in {@link FeedbackRepositoryTests}, PostgreSQL in
 * {@link FeedbackRepositoryPostgresTests}. Each test rolls back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Transactional
abstract class FeedbackRepositoryContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    ArticleReader articles;

    @Test
    void countsPerArticleListOpenReportsAndUrgentFirstUnderTheLatestTitle() {
        FeedbackRepository.Page quiet = page("insulin-resistance", "Old title");
        FeedbackRepository.Page reported = page("resistencia-insulina", "Resistencia a la insulina");
        feedback.insertHelpful(quiet, true, null, "", false, T0);
        feedback.insertHelpful(page("insulin-resistance", "Insulin Resistance"), false, "Unclear.", "", false, T0);
        feedback.insertHelpful(reported, true, null, "", false, T0);
        long report =
                feedback.insertProblem(reported, ProblemKind.BROKEN_LINK, "A link is broken here.", "url", true, T0);

        assertThat(feedback.counts())
                .extracting(
                        ArticleCounts::title,
                        ArticleCounts::yes,
                        ArticleCounts::no,
                        ArticleCounts::comments,
                        ArticleCounts::openProblems,
                        ArticleCounts::urgent)
                .containsExactly(
                        tuple("Resistencia a la insulina", 1, 0, 0, 1, 1), tuple("Insulin Resistance", 1, 1, 1, 0, 0));

        assertThat(feedback.markHandled(report, "edna", T0.plusSeconds(60))).isTrue();
        assertThat(feedback.markHandled(report, "other", T0.plusSeconds(120)))
                .as("already handled")
                .isFalse();
        Entry handled = feedback.find(report).orElseThrow();
        assertThat(handled.handledBy()).isEqualTo("edna");
        assertThat(handled.handledAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(handled.flagCodes()).containsExactly("url");
    }

    @Test
    void anArticlesEntriesShowOpenReportsFirstAndLeaveOutAnswersWithoutAComment() {
        FeedbackRepository.Page page = page("insulin-resistance", "Insulin Resistance");
        long comment = feedback.insertHelpful(page, false, "Too long.", "", false, T0.plusSeconds(30));
        feedback.insertHelpful(page, true, "  ", "", false, T0.plusSeconds(40));
        long open = feedback.insertProblem(page, ProblemKind.OTHER, "Something is off.", "", false, T0);

        assertThat(feedback.forArticle(page.articleId(), 10))
                .extracting(Entry::id)
                .containsExactly(open, comment);
    }

    @Test
    void retentionDeletesOnlyWhatWasSentBeforeTheCutoff() {
        FeedbackRepository.Page page = page("insulin-resistance", "Insulin Resistance");
        long old = feedback.insertHelpful(page, true, null, "", false, T0.minus(Duration.ofDays(1)));
        long kept = feedback.insertHelpful(page, true, null, "", false, T0);

        assertThat(feedback.deleteSubmittedBefore(T0)).isEqualTo(1);
        assertThat(feedback.find(old)).isEmpty();
        assertThat(feedback.find(kept)).isPresent();
    }

    private FeedbackRepository.Page page(String slug, String title) {
        return new FeedbackRepository.Page(
                articles.published(slug).orElseThrow().articleId(), slug, title);
    }
}
