package org.salus.dictionary.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.article.MarkdownRenderer;

class PlainTextMarkdownTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void lineStartsThatLookLikeMarkdownStayText() {
        assertThat(render("1. First meaning.")).isEqualTo("<p>1. First meaning.</p>");
        assertThat(render("# sign")).isEqualTo("<p># sign</p>");
        assertThat(render("- minus")).isEqualTo("<p>- minus</p>");
        assertThat(render("+ plus")).isEqualTo("<p>+ plus</p>");
        assertThat(render("* star")).isEqualTo("<p>* star</p>");
        assertThat(render("> more")).isEqualTo("<p>&gt; more</p>");
        assertThat(render("    indented")).isEqualTo("<p>indented</p>");
    }

    @Test
    void ordinaryTextRendersUnchanged() {
        assertThat(PlainTextMarkdown.of("A test [box] with D&C, 2. and 140/90."))
                .isEqualTo("A test \\[box\\] with D\\&C, 2. and 140/90.\n");
        assertThat(render("A test [box] with D&C, 2. and 140/90."))
                .isEqualTo("<p>A test [box] with D&amp;C, 2. and 140/90.</p>");
    }

    @Test
    void markupInADefinitionStaysText() {
        assertThat(render("HLA-DQB1*06:02 and *0401 <b>bold</b> &amp;"))
                .isEqualTo("<p>HLA-DQB1*06:02 and *0401 &lt;b&gt;bold&lt;/b&gt; &amp;amp;</p>");
    }

    private String render(String text) {
        return renderer.render(PlainTextMarkdown.of(text)).strip();
    }
}
