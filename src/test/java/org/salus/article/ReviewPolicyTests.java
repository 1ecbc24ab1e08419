package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReviewPolicyTests {

    private final ReviewPolicy policy = new ReviewPolicy(
            new ReviewPolicy.Settings(Period.ofYears(3), Map.of("faq", Period.ofYears(1)), Period.ofDays(30)));

    private static MedicalReview dueOn(LocalDate due) {
        return new MedicalReview("Dr. A", "MD", null, due.minusYears(3), due);
    }

    @Test
    void nextReviewIsDueAfterTheIntervalForTheContentType() {
        LocalDate reviewed = LocalDate.of(2026, 2, 28);

        assertThat(policy.nextReviewDue(reviewed, ContentType.CONDITION)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(policy.nextReviewDue(reviewed, ContentType.FAQ)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(policy.nextReviewDue(reviewed)).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void readersSeeTheNoticeOnlyAfterTheGracePeriod() {
        MedicalReview review = dueOn(LocalDate.of(2026, 5, 10));

        assertThat(policy.showsOverdueNotice(review, LocalDate.of(2026, 5, 10))).isFalse();
        assertThat(policy.showsOverdueNotice(review, LocalDate.of(2026, 6, 9))).isFalse();
        assertThat(policy.showsOverdueNotice(review, LocalDate.of(2026, 6, 10))).isTrue();
    }
}
