package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Summaries are the overview's first sentences, never a heading or a lead-in, and never too long. */
class MedQuadSummaryTests {

    @Test
    void takesSentencesUntilThereIsEnoughForATeaser() {
        String answer = "Gout is a kind of arthritis. It causes sudden pain in a joint, often the big toe."
                + " Attacks can last a week or two. They may come back.";

        // 28, 81 and 113 characters are not enough (120); the fourth sentence makes 133
        assertThat(MedQuadSummary.of(ListText.blocks(answer)))
                .isEqualTo("Gout is a kind of arthritis. It causes sudden"
                        + " pain in a joint, often the big toe. Attacks can last a week or two. They may come back.");
        assertThat(MedQuadSummary.of(ListText.blocks(answer + " A fifth sentence is not needed.")))
                .doesNotContain("fifth");
    }

    @Test
    void skipsHeadingsAndLeadInsThatEndNoSentence() {
        String answer = "Key Points\nThe kidneys filter the blood and make urine, which carries waste out of the body."
                + "\nThey do three jobs:  - remove waste  - balance salt  - control blood pressure";

        assertThat(MedQuadSummary.of(ListText.blocks(answer)))
                .isEqualTo("The kidneys filter the blood and make urine, which carries waste out of the body.");
    }

    @Test
    void aLongFirstSentenceIsCutAtAWordBoundary() {
        String sentence = "This condition " + "affects the nerves of the hands and feet ".repeat(10) + "in adults.";

        String summary = MedQuadSummary.of(ListText.blocks(sentence + " Second sentence."));

        assertThat(summary)
                .hasSizeLessThanOrEqualTo(MedQuadSummary.MAX)
                .endsWith("…")
                .doesNotContain("Second");
        assertThat(sentence).startsWith(summary.substring(0, summary.length() - 1));
    }

    @Test
    void aSecondSentenceThatWouldPassTheLimitIsLeftOut() {
        String first = "A short first sentence about the heart.";
        String second = "A second sentence " + "that goes on and on ".repeat(15) + "until it ends.";

        assertThat(MedQuadSummary.of(ListText.blocks(first + " " + second))).isEqualTo(first);
    }

    @Test
    void textWithoutAnySentenceIsUsedAsItIs() {
        assertThat(MedQuadSummary.of(ListText.blocks("Living with diabetes\n- checking blood sugar")))
                .isEqualTo("Living with diabetes checking blood sugar");
    }
}
