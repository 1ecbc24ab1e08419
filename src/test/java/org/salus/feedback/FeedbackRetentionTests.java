package org.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.salus.article.ArticleReader;
import org.salus.story.StoryProperties;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Feedback is deleted after the stories' erasure period, read at a fixed "now". */
@SiteTest
@OwnContext("feedback")
class FeedbackRetentionTests {

    static final Instant NOW = Instant.parse("2031-06-01T03:45:00Z");

    @Autowired
    FeedbackRepository feedback;

    @Autowired
    StoryProperties stories;

    @Autowired
    ArticleReader articles;

    @Test
    void feedbackOlderThanTheStoriesErasurePeriodIsDeletedAndNewerStays() {
        long article = articles.published("insulin-resistance").orElseThrow().articleId();
        FeedbackRepository.Page page = new FeedbackRepository.Page(article, "insulin-resistance", "Insulin Resistance");
        Instant cutoff = NOW.atZone(ZoneOffset.UTC).minus(stories.eraseAfter()).toInstant();
        long old = feedback.insertProblem(
                page, ProblemKind.OTHER, "Sent one second too long ago.", "", false, cutoff.minusSeconds(1));
        long handledOld = feedback.insertHelpful(page, false, "Old comment.", "", false, cutoff.minusSeconds(86_400));
        feedback.markHandled(handledOld, "edna", cutoff);
        long kept = feedback.insertHelpful(page, true, "Sent exactly at the cutoff.", "", false, cutoff);

        new FeedbackRetention(feedback, Clock.fixed(NOW, ZoneOffset.UTC), stories).run();

        assertThat(feedback.find(old)).isEmpty();
        assertThat(feedback.find(handledOld)).isEmpty();
        assertThat(feedback.find(kept)).isPresent();
        assertThat(stories.eraseAfter().getYears())
                .as("the privacy notice's two years")
                .isEqualTo(2);
    }
}
