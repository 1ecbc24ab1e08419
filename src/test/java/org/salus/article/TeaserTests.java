package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeaserTests {

    @Test
    void leavesShortTextAlone() {
        assertThat(Teaser.cut("High cholesterol in children.", 40)).isEqualTo("High cholesterol in children.");
    }

    @Test
    void cutsAtTheLastWordBoundaryAndAddsAnEllipsis() {
        assertThat(Teaser.cut("High cholesterol is a risk factor for heart disease in adults", 30))
                .isEqualTo("High cholesterol is a risk…");
    }

    @Test
    void neverEndsOnPunctuationBeforeTheEllipsis() {
        assertThat(Teaser.cut("Test your cholesterol IQ, then read about it in depth", 26))
                .isEqualTo("Test your cholesterol IQ…");
    }

    @Test
    void resultIsNeverLongerThanTheLimit() {
        String text = "Insulin resistance means your body does not respond well to insulin and needs more of it";
        for (int max = 5; max < text.length(); max++) {
            assertThat(Teaser.cut(text, max).length()).as("limit %d", max).isLessThanOrEqualTo(max);
        }
    }

    @Test
    void foldsWhitespace() {
        assertThat(Teaser.cut("  Two\n   lines  ", 40)).isEqualTo("Two lines");
    }
}
