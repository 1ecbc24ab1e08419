package org.salus.review.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void tokensJoinBackIntoTheExactText() {
        String text = "Don't stop\u2028insulin—see a GP 😀 <b>now</b>\r\n\tok";

        assertThat(String.join("", WordDiff.tokens(text))).isEqualTo(text);
        assertThat(WordDiff.tokens("Don't stop")).containsExactly("Don't", " ", "stop");
    }

    @Test
    void whitespaceBetweenChangedWordsJoinsThemIntoOneRun() {
        WordDiff.Result result = WordDiff.diff("eat less sugar", "eat more fruit");

        assertThat(result.older()).containsExactly(Span.same("eat "), Span.changed("less sugar"));
        assertThat(result.newer()).containsExactly(Span.same("eat "), Span.changed("more fruit"));
    }

    @Test
    void linesSharingFewWordsAreNotSimilar() {
        assertThat(WordDiff.diff("Genes play a part.", "Being overweight raises the risk.")
                        .similar())
                .isFalse();
        assertThat(WordDiff.diff("Take it twice daily.", "Take it once daily.").similar())
                .isTrue();
    }

    @Test
    void spacingAloneIsNeverMarkedAsAChangedWord() {
        WordDiff.Result result = WordDiff.diff("Take  it daily", "Take it daily ");

        assertThat(result.older()).containsExactly(Span.same("Take  it daily"));
        assertThat(result.newer()).containsExactly(Span.same("Take it daily "));
    }
}
