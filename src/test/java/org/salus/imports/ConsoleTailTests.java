package org.salus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;

import org.junit.jupiter.api.Test;

/** The stored progress of an import stays small however much it prints. */
class ConsoleTailTests {

    @Test
    void keepsTheLastLinesEachCutToAWidth() {
        ConsoleTail tail = new ConsoleTail();
        PrintStream console = tail.console();
        for (int i = 1; i <= 1000; i++) {
            console.println("line " + i);
        }
        console.println("x".repeat(5000));

        String[] lines = tail.text().split("\n");
        assertThat(lines).hasSize(ConsoleTail.LINES);
        assertThat(lines[0]).isEqualTo("line 802");
        assertThat(lines[ConsoleTail.LINES - 1]).hasSize(ConsoleTail.WIDTH + 1).endsWith("…");
    }

    @Test
    void reportsOnlyWhatChangedSinceItWasLastTaken() {
        ConsoleTail tail = new ConsoleTail();
        assertThat(tail.takeIfChanged()).isNull();
        tail.console().print("reading…");
        assertThat(tail.takeIfChanged()).isEqualTo("reading…");
        assertThat(tail.takeIfChanged()).isNull();
        tail.console().println(" done");
        assertThat(tail.takeIfChanged()).isEqualTo("reading… done\n");
    }
}
