package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTests {

    @Test
    void textWithTabsLineBreaksAndAnyLanguageIsClean() {
        assertThat(ControlCharacters.isClean("Línea 1\r\n\tLine 2 — 糖尿病 😀")).isTrue();
        assertThat(ControlCharacters.isClean(null)).isTrue();
        assertThat(ControlCharacters.isClean("")).isTrue();
    }

    @Test
    void nulOtherC0ControlsAndDelAreRefused() {
        for (char c : new char[] {0, 1, 7, 8, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f}) {
            assertThat(ControlCharacters.isClean("a" + c + "b"))
                    .as("U+%04X", (int) c)
                    .isFalse();
        }
    }

    @Test
    void halvesOfSurrogatePairsAloneAreRefused() {
        assertThat(ControlCharacters.isClean("a\uD83Db")).isFalse();
        assertThat(ControlCharacters.isClean("a\uDE00")).isFalse();
        assertThat(ControlCharacters.isClean("end\uD83D")).isFalse();
        assertThat(ControlCharacters.isClean("\uD83D\uDE00")).isTrue();
    }

    @Test
    void removingKeepsEverythingElse() {
        assertThat(ControlCharacters.removed("bre\u0000ad\u0007\r\n\t\uD83D\uDE00\uDE00"))
                .isEqualTo("bread\r\n\t\uD83D\uDE00");
        assertThat(ControlCharacters.removed(null)).isNull();
    }
}
