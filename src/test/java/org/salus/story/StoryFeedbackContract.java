package org.salus.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.audit.AuditEntry;
import org.salus.audit.AuditLog;
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

    @Autowired
    AuditLog audit;

    private long publishedStory() {
        Question diet = questions.find("insulin-resistance", "diet").orElseThrow();
        long id = submissions
                .submit(diet, new StoryForm("Ana", "patient", "45-64", "female", STORY, true, ""), "192.0.2.1")
                .storyId();
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
        long pending = submissions
                .submit(diet, new StoryForm("Bo", "patient", "", "", STORY, true, ""), "192.0.2.2")
                .storyId();

        assertThat(feedback.helpful(pending, "192.0.2.10")).isFalse();
    }

    @Test
    void reportsFromEnoughNetworksTakeTheStoryOffThePageAndQueueItAgain() {
        long id = publishedStory();

        feedback.report(id, "192.0.2.20", "Mentions a name");
        feedback.report(id, "192.0.2.20", "Same reader again");
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PUBLISHED);

        feedback.report(id, "198.51.100.21", null);
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PENDING);
        assertThat(stories.pending(null, null)).extracting(Story::id).contains(id);
    }

    @Test
    void reportsFromOneNetworkQueueTheStoryForReviewButKeepItPublished() {
        long id = publishedStory();

        feedback.report(id, "192.0.2.20", "Take it down");
        feedback.report(id, "192.0.2.21", "Take it down");
        feedback.report(id, "192.0.2.22", "Take it down");

        Story story = stories.find(id).orElseThrow();
        assertThat(story.state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(story.underReview()).isTrue();
        assertThat(stories.published(story.questionId(), false, 0, 100))
                .extracting(Story::id)
                .contains(id);
        assertThat(stories.pending(null, null)).extracting(Story::id).contains(id);
    }

    @Test
    void anIpv6NetworkIsOneReporterToo() {
        long id = publishedStory();

        feedback.report(id, "2001:db8:5:1::7", null);
        feedback.report(id, "2001:db8:5:ffff::8", null);
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(stories.find(id).orElseThrow().underReview()).isTrue();

        feedback.report(id, "2001:db8:6::1", null);
        assertThat(stories.find(id).orElseThrow().state()).isEqualTo(StoryState.PENDING);
        assertThat(stories.find(id).orElseThrow().underReview()).isFalse();
    }

    @Test
    void aModeratorKeepingAReportedStoryAnswersItsReports() {
        long id = publishedStory();
        feedback.report(id, "192.0.2.30", null);
        feedback.report(id, "192.0.2.31", null);

        moderation.keep("mod", id);

        assertThat(stories.find(id).orElseThrow().underReview()).isFalse();
        assertThat(stories.pending(null, null)).extracting(Story::id).doesNotContain(id);
        feedback.report(id, "198.51.100.32", null);
        assertThat(stories.find(id).orElseThrow().state())
                .as("one new report is not enough")
                .isEqualTo(StoryState.PUBLISHED);
    }

    @Test
    void aPublishedStoryCanBeRedactedLaterButARejectedOneCannot() {
        long id = publishedStory();

        moderation.redact("mod", id, "Cutting out sugary drinks helped my blood sugar. [removed]");

        Story story = stories.find(id).orElseThrow();
        assertThat(story.state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(stories.published(story.questionId(), false, 0, 100))
                .filteredOn(s -> s.id() == id)
                .extracting(Story::publishedBody)
                .containsExactly("Cutting out sugary drinks helped my blood sugar. [removed]");
        long articleId = questions.findById(story.questionId()).orElseThrow().articleId();
        assertThat(audit.recent(articleId, 10))
                .filteredOn(e -> ("story " + id).equals(e.detail()))
                .extracting(AuditEntry::action)
                .contains("story.redacted");

        Question diet = questions.find("insulin-resistance", "diet").orElseThrow();
        long rejected = submissions
                .submit(diet, new StoryForm("Cy", "patient", "", "", STORY, true, ""), "192.0.2.3")
                .storyId();
        moderation.reject("mod", rejected, "duplicate", null);
        assertThatThrownBy(() -> moderation.redact("mod", rejected, "Anything"))
                .isInstanceOf(ModerationException.class);
        assertThat(stories.find(rejected).orElseThrow().redactedBody()).isNull();
    }

    @Test
    void aRedactedStoryKeepsOnlyTheRedactedTextAfterErasure() {
        Question diet = questions.find("insulin-resistance", "diet").orElseThrow();
        long id = submissions
                .submit(
                        diet,
                        new StoryForm(
                                "Ana",
                                "patient",
                                "45-64",
                                "female",
                                STORY + " We live by the old mill in Hollow Creek.",
                                true,
                                ""),
                        "192.0.2.1")
                .storyId();
        String redacted = stories.find(id).orElseThrow().maskedBody().replace("Hollow Creek", "[removed]");
        moderation.redact("mod", id, redacted);
        assertThat(stories.find(id).orElseThrow().publishedBody()).isEqualTo(redacted);
        assertThat(stories.find(id).orElseThrow().body()).contains("Hollow Creek");

        clock.advance(Duration.ofDays(800));
        retention.run();

        Story after = stories.find(id).orElseThrow();
        assertThat(List.of(after.body(), after.maskedBody(), after.redactedBody()))
                .allSatisfy(
                        text -> assertThat(text).doesNotContain("Hollow Creek").doesNotContain("Tom"));
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
