package org.salus.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersParagraphsListsAndEmphasis() {
        String html = renderer.render("Eat **more** fibre.\n\n- beans\n- oats\n");

        assertThat(html)
                .isEqualTo("<p>Eat <strong>more</strong> fibre.</p>\n<ul>\n<li>beans</li>\n<li>oats</li>\n</ul>\n");
    }

    @Test
    void removesScriptElementsButKeepsTheText() {
        String html = renderer.render("Hello <script>alert('x')</script> reader");

        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("alert('x')</script>")
                .contains("Hello");
    }

    @Test
    void removesJavascriptUrls() {
        String html = renderer.render("[click](javascript:alert(1)) and <a href=\"JaVaScRiPt:alert(2)\">this</a>");

        assertThat(html)
                .doesNotContainIgnoringCase("javascript:")
                .contains("click")
                .contains("this");
    }

    @Test
    void removesEventHandlersAndStyles() {
        String html = renderer.render(
                "<p onclick=\"steal()\" style=\"color:red\">Text</p><img src=\"https://x.org/a.png\" onerror=\"steal()\">");

        assertThat(html)
                .doesNotContain("onclick")
                .doesNotContain("onerror")
                .doesNotContain("style=")
                .contains("<p>Text</p>");
    }

    @Test
    void keepsRelativeLinksBetweenArticlesAndHttpsLinks() {
        String html = renderer.render("See [prediabetes](/topics/prediabetes) and [CDC](https://www.cdc.gov/).");

        assertThat(html)
                .contains("<a href=\"/topics/prediabetes\">prediabetes</a>")
                .contains("<a href=\"https://www.cdc.gov/\">CDC</a>");
    }

    @Test
    void demotesHeadingsBelowTheSectionHeading() {
        String html = renderer.render("# Big\n\n## Medium\n\n### Small\n");

        assertThat(html).isEqualTo("<h3>Big</h3>\n<h3>Medium</h3>\n<h3>Small</h3>\n");
    }

    @Test
    void wrapsTablesSoTheyScrollOnNarrowScreens() {
        String html = renderer.render("| Stage | Top number |\n|---|---|\n| Normal | under 120 |\n");

        assertThat(html).startsWith("<div class=\"table-scroll\"><table>").contains("<td>under 120</td>");
    }
}
