package org.salus.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.article.MarkdownRenderer;

class MarkdownTextTests {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    /**
     * The union of what the four escapers this class replaced handled: MedlinePlus summaries
     * ({@code \ ` * _ [ ] < > & !}, line-start {@code # > + - =} and numbers), MedQuAD answers
     * ({@code |}, entity references, line-start {@code ~}), Disease Ontology and NCI definitions
     * (line-start {@code |}, {@code *}, {@code _}, {@code `}).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
            plain text, 2. and 140/90.  => plain text, 2. and 140/90.
            a - b + c = d # e ~ f       => a - b + c = d # e ~ f
            C:\\path                    => C:\\\\path
            use `code`                  => use \\`code\\`
            *star* and **bold**         => \\*star\\* and \\*\\*bold\\*\\*
            _under_score_               => \\_under\\_score\\_
            a test [box](x)             => a test \\[box\\](x)
            ![alt](x.png)               => \\!\\[alt\\](x.png)
            <5% or GM>1<                => \\<5% or GM\\>1\\<
            <script>x</script>          => \\<script\\>x\\</script\\>
            D&C and &amp; and &#60;     => D\\&C and \\&amp; and \\&#60;
            Wow!                        => Wow\\!
            a | b                       => a \\| b
            "# sign"                    => \\# sign
            "### heading"               => \\### heading
            - minus                     => \\- minus
            + plus                      => \\+ plus
            = equals                    => \\= equals
            ---                         => \\---
            ~~~ fence                   => \\~~~ fence
            > quote                     => \\> quote
            * star item                 => \\* star item
            | a | b |                   => \\| a \\| b \\|
            1. First meaning            => 1\\. First meaning
            12) Twelfth                 => 12\\) Twelfth
            1234567890. Long            => 1234567890\\. Long
            "  # indented"              => "  \\# indented"
            "  3. indented"             => "  3\\. indented"
            2024 was a year             => 2024 was a year
            """)
    void escapesEachCharacterWithAMeaningAndNothingElse(String text, String markdown) {
        assertThat(MarkdownText.escape(text)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', textBlock = """
            use `code` *now* [x](y) <b>&amp;! | => use \\`code\\` \\*now\\* \\[x\\](y) \\<b\\>\\&amp;\\! \\|
            "# - + = ~ 1. stay"                 => "# - + = ~ 1. stay"
            """)
    void escapeInlineLeavesLineStartsAlone(String text, String markdown) {
        assertThat(MarkdownText.escapeInline(text)).isEqualTo(markdown);
    }

    @Test
    void escapeLineStartLeavesMarkdownTheCallerWroteAlone() {
        assertThat(MarkdownText.escapeLineStart("**bold** text")).isEqualTo("**bold** text");
        assertThat(MarkdownText.escapeLineStart("\\# already escaped")).isEqualTo("\\# already escaped");
        assertThat(MarkdownText.escapeLineStart("# heading")).isEqualTo("\\# heading");
        assertThat(MarkdownText.escapeLineStart("")).isEqualTo("");
        assertThat(MarkdownText.escapeLineStart("   ")).isEqualTo("   ");
    }

    @Test
    void everyLineOfAMultiLineTextIsEscapedAtItsStart() {
        assertThat(MarkdownText.escape("# one\n- two\n3. three")).isEqualTo("\\# one\n\\- two\n3\\. three");
    }

    /** Whatever the text looks like, the rendered page shows it, in one paragraph, as written. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "C:\\path",
                "use `code` and *star* _under_",
                "![alt](x.png) [box](x)",
                "<5% or GM>1< <b>bold</b>",
                "D&C and &amp; and &#60;",
                "a | b",
                "Wow!",
                "# sign",
                "- minus",
                "+ plus",
                "= equals",
                "---",
                "~~~ fence",
                "> quote",
                "| a | b |",
                "1. First meaning",
                "12) Twelfth"
            })
    void theEscapedTextRendersAsWritten(String text) {
        Element body = Jsoup.parseBodyFragment(RENDERER.render(MarkdownText.escape(text) + "\n"))
                .body();

        assertThat(body.children()).hasSize(1);
        assertThat(body.child(0).tagName()).isEqualTo("p");
        assertThat(body.child(0).children()).isEmpty();
        assertThat(body.child(0).wholeText()).isEqualTo(text);
    }

    @Test
    void aTableWrittenAsPlainTextStaysText() {
        String table = MarkdownText.escape("a | b\n--- | ---\n1 | 2");

        assertThat(RENDERER.render(table + "\n")).doesNotContain("<table").contains("a | b");
    }
}
