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

    @Test
    void rendersAnEmergencyCalloutAsANoteWithItsHeadingIconAndTheEmergencyNumberAsATelLink() {
        String html = renderer.render("> [!emergency]\n> Call if you have:\n>\n> - chest pain\n");

        assertThat(html)
                .isEqualTo("<div class=\"callout callout-emergency\" role=\"note\" aria-label=\"Call 911 now\">\n"
                        + "<h3 class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">!</span>"
                        + "Call <a href=\"tel:911\">911</a> now</h3>\n"
                        + "<p>Call if you have:</p>\n<ul>\n<li>chest pain</li>\n</ul>\n</div>\n");
    }

    @Test
    void rendersUrgentAndInfoCalloutsWithTheirOwnHeadingsAndKeepsTextOnTheMarkerLine() {
        String urgent = renderer.render("> [!URGENT] Call your doctor today.\n");
        String info = renderer.render("> [!info]\n> Most people never need this.\n");

        assertThat(urgent)
                .isEqualTo("<div class=\"callout callout-urgent\" role=\"note\" aria-label=\"Get help today\">\n"
                        + "<h3 class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">!</span>"
                        + "Get help today</h3>\n<p>Call your doctor today.</p>\n</div>\n");
        assertThat(info)
                .isEqualTo("<div class=\"callout callout-info\" role=\"note\" aria-label=\"Good to know\">\n"
                        + "<h3 class=\"callout-title\"><span class=\"callout-icon\" aria-hidden=\"true\">i</span>"
                        + "Good to know</h3>\n<p>Most people never need this.</p>\n</div>\n");
    }

    @Test
    void spanishCalloutsTakeSpanishHeadingsAndTheConfiguredNumber() {
        var safety = new org.salus.web.SafetyProperties(java.util.Map.of(
                "es",
                new org.salus.web.SafetyProperties.Local(
                        "112",
                        java.util.List.of(new org.salus.web.SafetyProperties.Line(
                                "Línea 024", "024", null, null, null, null, null)),
                        null)));
        String html =
                new MarkdownRenderer(new CalloutTitles(safety, "es")).render("> [!emergency]\n> Si tiene dolor.\n");

        assertThat(org.jsoup.Jsoup.parse(html).selectFirst("h3.callout-title").html())
                .isEqualTo(
                        "<span class=\"callout-icon\" aria-hidden=\"true\">!</span>Llame al <a href=\"tel:112\">112</a> ahora");
        assertThat(html).contains("aria-label=\"Llame al 112 ahora\"");
    }

    @Test
    void anUnknownMarkerOrAPlainQuoteStaysABlockQuote() {
        assertThat(renderer.render("> [!danger]\n> text\n"))
                .isEqualTo("<blockquote>\n<p>[!danger]\ntext</p>\n</blockquote>\n");
        assertThat(renderer.render("> A quote.\n")).isEqualTo("<blockquote>\n<p>A quote.</p>\n</blockquote>\n");
    }

    @Test
    void rawHtmlCannotForgeOtherRolesClassesOrLinks() {
        String html = renderer.render("<div class=\"x callout\" role=\"button\" aria-label=\"Click\">a</div>"
                + "<span class=\"callout-icon\" aria-hidden=\"false\">b</span> <a href=\"tel:911\">911</a>\n");

        assertThat(html).isEqualTo("<div>a</div><span class=\"callout-icon\">b</span> <a href=\"tel:911\">911</a>\n");
    }
}
