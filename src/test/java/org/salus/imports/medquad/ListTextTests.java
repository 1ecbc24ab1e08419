package org.salus.imports.medquad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.article.MarkdownRenderer;
import org.salus.imports.medquad.ListText.Items;
import org.salus.imports.medquad.ListText.Paragraph;

/** Flattened MedQuAD lists become real Markdown lists, and the text renders as written. */
class ListTextTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void aRunOfDashItemsAfterALeadInBecomesAList() {
        String answer =
                "Call your doctor if you have any of these:  - a fever  - a stiff neck, or a rash  - a bad headache";

        assertThat(ListText.blocks(answer))
                .containsExactly(
                        new Paragraph("Call your doctor if you have any of these:"),
                        new Items(List.of("a fever", "a stiff neck, or a rash", "a bad headache")));
        assertThat(ListText.toMarkdown(answer)).isEqualTo("""
                Call your doctor if you have any of these:

                - a fever
                - a stiff neck, or a rash
                - a bad headache
                """);
        assertThat(renderer.render(ListText.toMarkdown(answer)))
                .contains("<ul>\n<li>a fever</li>\n<li>a stiff neck, or a rash</li>\n<li>a bad headache</li>\n</ul>");
    }

    @Test
    void aLineThatStartsWithADashStartsAList() {
        assertThat(ListText.blocks("- tiredness   - thirst  - blurred sight"))
                .containsExactly(new Items(List.of("tiredness", "thirst", "blurred sight")));
    }

    @Test
    void threeOrMoreSpacesAfterTheLastItemEndTheListAndStartAParagraph() {
        String answer =
                "Sources:  - Test Registry: lantern kidney  - Drug Therapy   These pages explain treatment:  - Surgery";

        assertThat(ListText.blocks(answer))
                .containsExactly(
                        new Paragraph("Sources:"),
                        new Items(List.of("Test Registry: lantern kidney", "Drug Therapy")),
                        new Paragraph("These pages explain treatment:"),
                        new Items(List.of("Surgery")));
    }

    @Test
    void aDashBetweenSingleSpacesIsProse() {
        assertThat(ListText.blocks("Meadow fever - a rare illness - spreads in spring."))
                .containsExactly(new Paragraph("Meadow fever - a rare illness - spreads in spring."));
    }

    @Test
    void twoSpacesAfterASentenceEndAParagraphButNotInsideAListItem() {
        assertThat(ListText.blocks("Meadow fever is rare.  It passes in a week.  Read about  spring allergies too."))
                .containsExactly(
                        new Paragraph("Meadow fever is rare."),
                        new Paragraph("It passes in a week."),
                        new Paragraph("Read about spring allergies too."));
        assertThat(ListText.blocks("Tests:  - Blood test.  It is quick.  - Scan"))
                .containsExactly(new Paragraph("Tests:"), new Items(List.of("Blood test. It is quick.", "Scan")));
    }

    @Test
    void lineBreaksAndWideGapsSeparateParagraphsAndIndentationIsDropped() {
        String answer = "Key Points\n                \n    The kidneys filter blood.\n        Salt matters too.    "
                + "Does sleep matter?     Yes, it does.";

        assertThat(ListText.blocks(answer))
                .containsExactly(
                        new Paragraph("Key Points"),
                        new Paragraph("The kidneys filter blood."),
                        new Paragraph("Salt matters too."),
                        new Paragraph("Does sleep matter?"),
                        new Paragraph("Yes, it does."));
        assertThat(ListText.toMarkdown(answer)).doesNotContain("    ");
    }

    @Test
    void nestedItemsAreFlattenedToOneList() {
        String answer =
                "Tests include:     -   Blood count : checks the following:        -  red cells.      - platelets."
                        + "    -   Biopsy : a small sample.";

        assertThat(ListText.blocks(answer))
                .containsExactly(
                        new Paragraph("Tests include:"),
                        new Items(List.of(
                                "Blood count : checks the following:",
                                "red cells.",
                                "platelets.",
                                "Biopsy : a small sample.")));
    }

    @Test
    void aDashGluedToAWordIsNotAnItem() {
        assertThat(ListText.blocks("The enzyme (-galactosidase) is low.  -galactosidase breaks it down."))
                .containsExactly(new Paragraph("The enzyme (-galactosidase) is low. -galactosidase breaks it down."));
    }

    @Test
    void markdownAndHtmlSyntaxInTheTextIsEscapedSoItRendersAsWritten() {
        String answer = "Chronic cases occur in <5% of people; GM>1< is rare. See *Notes* [1] and use_this & AT&amp;T.";

        String html = renderer.render(ListText.toMarkdown(answer));

        assertThat(html.strip())
                .isEqualTo("<p>Chronic cases occur in &lt;5% of people; GM&gt;1&lt; is rare. See *Notes* [1]"
                        + " and use_this &amp; AT&amp;amp;T.</p>");
    }

    @Test
    void tagsInTheTextNeverBecomeMarkup() {
        String html = renderer.render(ListText.toMarkdown("Before <script>alert(1)</script> <b>after</b>"));

        assertThat(html.strip())
                .isEqualTo("<p>Before &lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;after&lt;/b&gt;</p>");
    }

    @Test
    void blocksThatStartLikeMarkdownSyntaxStayText() {
        String answer = "# 1 cause\n2. Second line\n+ plus\n---\n> quoted\n=== \n~~~";

        String html = renderer.render(ListText.toMarkdown(answer));

        assertThat(html.replace("\n", ""))
                .isEqualTo("<p># 1 cause</p><p>2. Second line</p><p>+ plus</p><p>---</p>"
                        + "<p>&gt; quoted</p><p>===</p><p>~~~</p>");
        assertThat(html)
                .doesNotContain("<h")
                .doesNotContain("<ol")
                .doesNotContain("<hr")
                .doesNotContain("<blockquote")
                .doesNotContain("<pre");
    }

    @Test
    void anItemThatStartsWithANumberIsNotANestedNumberedList() {
        assertThat(renderer.render(ListText.toMarkdown("Steps:  - 1. rest  - 24-hour test")))
                .contains("<li>1. rest</li>")
                .contains("<li>24-hour test</li>")
                .doesNotContain("<ol");
    }

    @Test
    void emptyAnswersHaveNoBlocks() {
        assertThat(ListText.blocks("  \n\t \n")).isEmpty();
        assertThat(ListText.blocks("  -   ")).isEmpty();
    }
}
