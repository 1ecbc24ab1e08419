package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void slugIsTheLowercaseHyphenatedTitle() {
        assertThat(Slugs.of("High Cholesterol in Children")).isEqualTo("high-cholesterol-in-children");
        assertThat(Slugs.of("Type 2 Diabetes")).isEqualTo("type-2-diabetes");
        assertThat(Slugs.of("Diabetes tipo 2: ¿qué es?")).isEqualTo("diabetes-tipo-2-que-es");
    }

    @Test
    void validSlugsAreLowercaseWordsJoinedBySingleHyphens() {
        assertThat(Slugs.isValid("insulin-resistance")).isTrue();
        assertThat(Slugs.isValid("Insulin-Resistance")).isFalse();
        assertThat(Slugs.isValid("insulin--resistance")).isFalse();
        assertThat(Slugs.isValid("-insulin")).isFalse();
        assertThat(Slugs.isValid("../etc")).isFalse();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void longSlugsAreCutAtAHyphen() {
        assertThat(Slugs.of("one two three four", 12)).isEqualTo("one-two");
    }
}
