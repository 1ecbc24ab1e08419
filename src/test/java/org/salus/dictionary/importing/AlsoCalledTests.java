package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AlsoCalledTests {

    private static final Set<String> NONE = Set.of();

    @Test
    void readsListsWithCommasAndAFinalAndOrOr() {
        assertThat(AlsoCalled.in(
                        "A growth. Also called alpha growth, beta mass, and gamma lump. It hurts.",
                        "growth",
                        NONE::contains))
                .containsExactly("alpha growth", "beta mass", "gamma lump");
        assertThat(AlsoCalled.in("A test. Also called red test or blue test.", "test", NONE::contains))
                .containsExactly("red test", "blue test");
        assertThat(AlsoCalled.in("A test. Also called red test, green test and blue test.", "test", NONE::contains))
                .containsExactly("red test", "green test", "blue test");
    }

    @Test
    void dropsQuotesShortAndLongNamesAndTheTermItself() {
        String longName = "x".repeat(81);
        assertThat(AlsoCalled.in(
                        "Text. Also called “shine,” AB, Shiny Cell, " + longName + ", and \"glow\" cell.",
                        "shiny cell",
                        NONE::contains))
                .containsExactly("shine", "glow cell");
        assertThat(AlsoCalled.in("Text. Also called “dipping.”", "dip", NONE::contains))
                .containsExactly("dipping");
    }

    @Test
    void keepsNamesThatContainAndOrCommas() {
        assertThat(AlsoCalled.in(
                        "Text. Also called stretch and scrape and S&S.", "x", Set.of("stretch and scrape")::contains))
                .containsExactly("stretch and scrape", "S&S");
        assertThat(AlsoCalled.in(
                        "Text. Also called S&S and stretch and scrape.", "x", Set.of("stretch and scrape")::contains))
                .containsExactly("S&S", "stretch and scrape");
        assertThat(AlsoCalled.in("Text. Also called channel protein, group V, member 9.", "x", NONE::contains))
                .containsExactly("channel protein, group V, member 9");
        assertThat(AlsoCalled.in("Text. Also called 1,2-test compound.", "x", NONE::contains))
                .containsExactly("1,2-test compound");
    }

    @Test
    void readsEveryAlsoCalledSentenceAndNothingElse() {
        assertThat(AlsoCalled.in(
                        "Part one is also called lower part. Also called first part. Also called part A.",
                        "part one",
                        NONE::contains))
                .containsExactly("first part", "part A");
        assertThat(AlsoCalled.in("No other names here.", "x", NONE::contains)).isEmpty();
    }
}
