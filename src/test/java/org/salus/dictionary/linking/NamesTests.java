package org.salus.dictionary.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NamesTests {

    private final Names names = Names.of(Map.of("insulin", 0, "insulin resistance", 1, "an", 2, "a b", 3, "b c", 4));

    @Test
    void findsWholeWordsAsStartEndTermTriplesInTextOrder() {
        assertThat(names.find("Insulin resistance, insulinoma, plan; AN insulin"))
                .containsExactly(0, 18, 1, 38, 40, 2, 41, 48, 0);
    }

    @Test
    void ofEqualOverlappingMatchesTheLeftmostWins() {
        assertThat(names.find("a b c")).containsExactly(0, 3, 3);
        assertThat(names.find("b c a b")).containsExactly(0, 3, 4, 4, 7, 3);
    }

    @Test
    void findsNothingInTextWithoutNames() {
        assertThat(names.find("")).isEmpty();
        assertThat(names.find("nothing here")).isEmpty();
        assertThat(Names.of(Map.of()).find("insulin")).isEmpty();
    }

    /**
     * A name's first word is looked up whole, so folding a char must never make it part of a word
     * or not.
     */
    @Test
    void foldingKeepsWhetherACharIsPartOfAWord() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate(c)) {
                assertThat(Names.isWordPart(Names.fold(c)))
                        .as("U+%04X", (int) c)
                        .isEqualTo(Names.isWordPart(c));
            }
        }
    }
}
