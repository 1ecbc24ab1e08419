package org.salus.imports.medlineplus;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.salus.article.MarkdownRenderer;

/** Summary HTML becomes Markdown that renders back to the same structure, and text stays text. */
class HtmlToMarkdownTests {

    @Test
    void paragraphsListsLinksAndEmphasis() {
        String markdown = convert("""
                <p>Pain can come from <a href="https://medlineplus.gov/pain.html">many places</a>.
                It is <strong>often</strong> <em>mild</em>.</p>
                <ul><li>Rest</li><li>Ice<ul><li>Twenty minutes</li></ul></li></ul>
                <ol><li>First</li><li>Second</li></ol>""");

        assertThat(markdown).isEqualTo("""
                Pain can come from [many places](https://medlineplus.gov/pain.html). It is **often** *mild*.

                - Rest
                - Ice

                  - Twenty minutes

                1. First
                2. Second
                """);
        String html = new MarkdownRenderer().render(markdown);
        assertThat(Jsoup.parse(html).select("ul > li > ul > li").text()).isEqualTo("Twenty minutes");
        assertThat(Jsoup.parse(html)
                        .select("a[href=https://medlineplus.gov/pain.html]")
                        .text())
                .isEqualTo("many places");
        assertThat(Jsoup.parse(html).select("ol li")).hasSize(2);
    }

    @Test
    void textThatLooksLikeMarkdownStaysText() {
        String markdown = convert("<p>1. Not a list * or _emphasis_ [not a link](x) &lt;b&gt;</p><p># not a heading</p>"
                + "<p>- not an item</p>");

        String html = new MarkdownRenderer().render(markdown);
        assertThat(Jsoup.parse(html).text())
                .isEqualTo("1. Not a list * or _emphasis_ [not a link](x) <b> # not a heading - not an item");
        assertThat(Jsoup.parse(html).select("ol, ul, h3, a, b, em")).isEmpty();
    }

    @Test
    void headingsAndLineBreaks() {
        String markdown = convert("<h3>What is it?</h3><p>One line<br>next line</p>");

        assertThat(markdown).isEqualTo("### What is it?\n\nOne line\\\nnext line\n");
        assertThat(new MarkdownRenderer().render(markdown)).contains("One line<br>");
    }

    @Test
    void spacesInsideEmphasisMoveOutside() {
        assertThat(convert("<p>a<strong> bold </strong>word</p>")).isEqualTo("a **bold** word\n");
    }

    @Test
    void aLinkWithSpacesOrParenthesesIsBracketed() {
        assertThat(convert("<p><a href=\"https://example.org/a (b)\">x</a></p>"))
                .isEqualTo("[x](<https://example.org/a (b)>)\n");
    }

    @Test
    void nothingButWhiteSpaceIsEmpty() {
        assertThat(convert("<p> </p>\n<ul><li> </li></ul>")).isEmpty();
    }

    private static String convert(String html) {
        return HtmlToMarkdown.convert(Jsoup.parseBodyFragment(html).body().childNodes());
    }
}
