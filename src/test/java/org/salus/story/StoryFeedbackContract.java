package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission, moderation, votes, reports and the retention job against a real database with a
 * movable clock: H2 in {@link StoryFeedbackTests}, PostgreSQL in {@link StoryFeedbackPostgresTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "salus.stories.report-threshold=2")
@Import(MutableClock.Config.class)
@Transactional
abstract class StoryFeedbackContract {

    static final String STORY = "Cutting out sugary drinks and walking after dinner helped my blood sugar a lot. "
            + "My husband Tom cooks more vegetables now.";

    @Autowired
    StorySubmissions submissions;

    @Autowired
    Moderation moderation;

    @Autowired
    StoryFeedback feedback;

    @Autowired
    StoryRetention retention;

    @Autowired
    StoryRepository stories;

    @Autowired
    QuestionRepository questions;

    @Autowired
    MutableClock clock;

    private long publishedStory() {
        Question diet = questions.find("insulin-resistance", "diet").orElseThrow();
        long id = submissions.submit(diet, new StoryForm("Ana", "patient", "45-64", "female", STORY, true, ""),
                "192.0.2.1").storyId();
        moderation.publish("mod", id, false);
        return id;
    }

    @Test
    void oneHelpfulVotePerClient() {
        long id = publishedStory();

        assertThat(feedback.helpful(id, "192.0.2.10")).isTrue();
        assertThat(feedback.helpful(id, "192.0.2.10")).isFalse();
        assertThat(feedback.helpful(id, "192.0.2.11")).isTrue();

        assertThat(stories.find(id).orElseThrow().helpfulCount()).isEqualTo(2);
    }

    @Test
    void onlyPublishedStoriesCanBeVotedFor() {
        Question diet = questions.find("insulin-resistance", "diet").orElseThrow();
        long pending = submissions.submit(diet, new StoryForm("Bo", "patient", "", "", STORY, true, ""), "192.0.2.2")
                .storyId();

        assertThat(feedback.helpful(pending, "192.0.2.10")).isFalse();
    }

    @Test
    void reportsPastTheThresholdTakeTheStoryOffThePageAndQueueItAgain() {
        long id = publishedStory();

        feedback.report(id, "192.0.2.20", "Mentions a name");
        feedback.report(id, "192.0.2.20", "Same reader again");
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PUBLISHED);

        feedback.report(id, "192.0.2.21", null);
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PENDING);
        assertThat(stories.pending(null, null)).extracting(Story::id).contains(id);
    }

    @Test
    void publishedStoriesLeaveAfterTheRetentionPeriodAndPersonalDataIsErased() {
        long id = publishedStory();
        Story before = stories.find(id).orElseThrow();
        assertThat(before.body()).contains("Tom");
        assertThat(before.maskedBody()).doesNotContain("Tom");

        clock.advance(Duration.ofDays(365));
        retention.run();
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PUBLISHED);

        clock.advance(Duration.ofDays(400));
        retention.run();
        Story after = stories.find(id).orElseThrow();
        assertThat(after.state()).isEqualTo(StoryState.REMOVED);
        assertThat(after.body()).isEqualTo(after.maskedBody()).doesNotContain("Tom");
        assertThat(after.ageRange()).isNull();
        assertThat(after.sex()).isNull();
        assertThat(List.of(after.decisionReason())).containsExactly("retention");
    }
}
