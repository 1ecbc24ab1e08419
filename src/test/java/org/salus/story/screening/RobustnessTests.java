package org.salus.story.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Long, repetitive or odd input must not crash the screener or take long. */
class RobustnessTests {

    private final StoryScreener screener = new StoryScreener();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a ",
                "a.",
                "a dot ",
                "1 ",
                "12-",
                "A ",
                "x@",
                "Dr. Patel ",
                "my husband ",
                "at ",
                "www.",
                "a-",
                "MRN : ",
                "born on ",
                "I want to ",
                "<script>",
                "\u0000",
                "😀",
                "\n"
            })
    @Timeout(10)
    void veryLongRepetitiveTextIsScreenedWithoutErrors(String unit) {
        String text = unit.repeat(5000 / unit.length());

        ScreeningResult result = screener.screen("Jane Smith", text);

        assertThat(result.findings()).allSatisfy(f -> {
            if (f.inText()) {
                assertThat(f.end()).isLessThanOrEqualTo(text.length());
            }
        });
    }

    @Test
    void theScreenerCanBeSharedBetweenThreads() throws Exception {
        String story = "Call Dr. Patel on 415-555-0123. " + StoryScreenerTests.OATS_AND_EGGS;
        String expected = screener.screen(story).maskedText();
        Thread[] threads = new Thread[4];
        String[] results = new String[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int slot = i;
            threads[i] = new Thread(() -> results[slot] = screener.screen(story).maskedText());
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(results).containsOnly(expected);
        assertThat(expected).startsWith("Call Dr. [name removed] on [phone removed]. When I was diagnosed");
    }
}
