package org.salus.dictionary.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salus.dictionary.linking.TermLinker.LinkableTerm;

class TermLinkerTests {

    private static final String INSULIN_DEF = "A hormone that lets cells take in sugar.";
    private static final String RESISTANCE_DEF = "When cells respond less to insulin.";
    private static final String PRESSURE_DEF = "Blood pushing too hard on artery walls.";
    private static final String AN_DEF = "An eating disorder.";

    private final TermLinker linker = TermLinker.of(List.of(
            new LinkableTerm("insulin", List.of("insulin"), INSULIN_DEF),
            new LinkableTerm("insulin-resistance", List.of("insulin resistance"), RESISTANCE_DEF),
            new LinkableTerm("high-blood-pressure", List.of("high blood pressure", "hypertension"), PRESSURE_DEF),
            new LinkableTerm("anorexia-nervosa", List.of("anorexia nervosa", "AN"), AN_DEF),
            new LinkableTerm("vitamin-b1", List.of("vitamin B1"), "Thiamine.")));

    /** The markup {@link TermLinker} writes for one term, spelled out for the expected values. */
    private static String term(String slug, String text, String definition) {
        return "<span class=\"term\"><a href=\"/dictionary/" + slug + "\" aria-describedby=\"s-" + slug + "\">" + text
                + "</a><span class=\"term-tip\" role=\"tooltip\" id=\"s-" + slug + "\">" + definition
                + "</span></span>";
    }

    private String link(String html) {
        return linker.link(html, "s", null);
    }

    @Test
    void theLongestNameWinsAndMatchesDoNotOverlap() {
        assertThat(link("<p>With insulin resistance, insulin works less well.</p>"))
                .isEqualTo("<p>With " + term("insulin-resistance", "insulin resistance", RESISTANCE_DEF) + ", "
                        + term("insulin", "insulin", INSULIN_DEF) + " works less well.</p>");
    }

    @Test
    void onlyWholeWordsMatch() {
        String html = "<p>Make a plan for the insulinoma, take vitamin B12 and keep insulin2 cold.</p>";

        assertThat(link(html)).isEqualTo(html);
    }

    @Test
    void punctuationSeparatesWords() {
        assertThat(link("<p>The pump's insulin's dose; hypertension-related (AN).</p>"))
                .isEqualTo("<p>The pump's " + term("insulin", "insulin", INSULIN_DEF) + "'s dose; "
                        + term("high-blood-pressure", "hypertension", PRESSURE_DEF) + "-related ("
                        + term("anorexia-nervosa", "AN", AN_DEF) + ").</p>");
    }

    @Test
    void matchingIgnoresCaseAndKeepsTheTextAsWritten() {
        assertThat(link("<p>INSULIN and Hypertension; an AN.</p>"))
                .isEqualTo("<p>" + term("insulin", "INSULIN", INSULIN_DEF) + " and "
                        + term("high-blood-pressure", "Hypertension", PRESSURE_DEF) + "; "
                        + term("anorexia-nervosa", "an", AN_DEF) + " AN.</p>");
    }

    @Test
    void onlyTheFirstOccurrenceOfATermIsLinked() {
        assertThat(link("<p>Insulin helps. So does insulin.</p><ul><li>insulin</li></ul>"))
                .isEqualTo("<p>" + term("insulin", "Insulin", INSULIN_DEF)
                        + " helps. So does insulin.</p><ul><li>insulin</li></ul>");
    }

    @Test
    void aSynonymCountsAsAnOccurrenceOfItsTerm() {
        assertThat(link("<p>Hypertension, or high blood pressure, is common.</p><p>High blood pressure</p>"))
                .isEqualTo("<p>" + term("high-blood-pressure", "Hypertension", PRESSURE_DEF)
                        + ", or high blood pressure, is common.</p><p>High blood pressure</p>");
    }

    @Test
    void linksHeadingsAndCodeAreLeftAlone() {
        String untouched = "<h3>Insulin</h3><p><a href=\"/topics/diabetes\">insulin</a> <code>insulin</code></p>"
                + "<pre>insulin</pre>";

        assertThat(link(untouched + "<p>Insulin</p>"))
                .isEqualTo(untouched + "<p>" + term("insulin", "Insulin", INSULIN_DEF) + "</p>");
        assertThat(link(untouched)).isEqualTo(untouched);
    }

    @Test
    void aNameSplitByMarkupIsNotLinked() {
        String html = "<p>high <em>blood pressure</em> and insulin <strong>resistance</strong></p>";

        assertThat(link(html))
                .isEqualTo("<p>high <em>blood pressure</em> and " + term("insulin", "insulin", INSULIN_DEF)
                        + " <strong>resistance</strong></p>");
    }

    @Test
    void elementsAndAttributesAreKept() {
        String html = "<p class=\"lead\" id=\"intro\">Cells <strong>make <em>insulin</em> daily</strong>.</p>"
                + "<ul><li>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow\">this</a>.</li>"
                + "<li><ol start=\"3\"><li title=\"x\">hypertension <br>here</li></ol></li></ul>"
                + "<table><tbody><tr><td colspan=\"2\">none</td></tr></tbody></table>";

        assertThat(link(html))
                .isEqualTo("<p class=\"lead\" id=\"intro\">Cells <strong>make <em>"
                        + term("insulin", "insulin", INSULIN_DEF)
                        + "</em> daily</strong>.</p>"
                        + "<ul><li>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow\">this</a>.</li>"
                        + "<li><ol start=\"3\"><li title=\"x\">"
                        + term("high-blood-pressure", "hypertension", PRESSURE_DEF) + " <br>here</li></ol></li></ul>"
                        + "<table><tbody><tr><td colspan=\"2\">none</td></tr></tbody></table>");
    }

    @Test
    void theExcludedTermIsNeverLinked() {
        String html = "<p>Insulin resistance and insulin.</p>";

        assertThat(linker.link(html, "s", "insulin"))
                .isEqualTo(
                        "<p>" + term("insulin-resistance", "Insulin resistance", RESISTANCE_DEF) + " and insulin.</p>");
    }

    @Test
    void theExcludedTermStillHidesTheShorterNamesInsideIt() {
        assertThat(linker.link("<p>Insulin resistance and insulin.</p>", "s", "insulin-resistance"))
                .isEqualTo("<p>Insulin resistance and " + term("insulin", "insulin", INSULIN_DEF) + ".</p>");
    }

    @Test
    void theDefinitionIsEscaped() {
        TermLinker hostile = TermLinker.of(
                List.of(new LinkableTerm("insulin", List.of("insulin"), "<script>alert(\"x\")</script> & 'more'")));

        assertThat(hostile.link("<p>insulin</p>", "s", null))
                .isEqualTo("<p>" + term("insulin", "insulin", "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'more'")
                        + "</p>");
    }

    @Test
    void theIdPrefixIsEscapedInTheAttributes() {
        assertThat(linker.link("<p>insulin</p>", "a\"b", null))
                .contains("aria-describedby=\"a&quot;b-insulin\"", "id=\"a&quot;b-insulin\"");
    }

    @Test
    void entitiesInTheTextSurvive() {
        assertThat(link("<p>Insulin &amp; sugar &lt;3&nbsp;mmol &gt; 2</p>"))
                .isEqualTo("<p>" + term("insulin", "Insulin", INSULIN_DEF) + " &amp; sugar &lt;3&nbsp;mmol &gt; 2</p>");
    }

    @Test
    void withAnEmptyDictionaryTheInputIsReturnedUnchanged() {
        String html = "<P>Insulin<br/>and <b>sugar</B>";
        TermLinker empty = TermLinker.of(List.of());

        assertThat(empty.size()).isZero();
        assertThat(empty.link(html, "s", null)).isSameAs(html);
    }

    @Test
    void withNothingToLinkTheInputIsReturnedUnchanged() {
        String html = "<P>Nothing<br/>to link</P>";

        assertThat(link(html)).isSameAs(html);
    }

    @Test
    void linkingItsOwnOutputAgainAddsNothing() {
        String once = link("<p>Insulin resistance: insulin stops working.</p><p>More insulin resistance, "
                + "hypertension and insulin.</p>");

        assertThat(once)
                .contains(term("insulin-resistance", "Insulin resistance", RESISTANCE_DEF))
                .contains(term("insulin", "insulin", INSULIN_DEF))
                .contains(term("high-blood-pressure", "hypertension", PRESSURE_DEF));
        assertThat(link(once)).isEqualTo(once);
    }

    @Test
    void aTermTheAuthorAlreadyLinkedIsNotLinkedAgain() {
        String html = "<p><a href=\"/dictionary/insulin\">Insulin</a> is a hormone; insulin is made daily.</p>";

        assertThat(link(html)).isEqualTo(html);
    }

    @Test
    void namesSharedByTwoTermsGoToTheFirstAndAreCountedOnce() {
        TermLinker shared = TermLinker.of(List.of(
                new LinkableTerm("hypertension", List.of("Hypertension", "high blood pressure"), "First."),
                new LinkableTerm("high-blood-pressure", List.of("HIGH BLOOD PRESSURE", " ", "HBP"), "Second.")));

        assertThat(shared.size()).isEqualTo(3);
        assertThat(shared.link("<p>high blood pressure</p>", "s", null))
                .isEqualTo("<p>" + term("hypertension", "high blood pressure", "First.") + "</p>");
    }

    @Test
    void aTermWithoutAShortDefinitionIsLinkedWithoutATooltip() {
        TermLinker bare = TermLinker.of(List.of(new LinkableTerm("insulin", List.of("insulin"), null)));

        assertThat(bare.link("<p>insulin</p>", "s", null))
                .isEqualTo("<p><span class=\"term\"><a href=\"/dictionary/insulin\">insulin</a></span></p>");
    }

    @Test
    void aLinkerWithTwentyThousandNamesBuildsAndLinks() {
        List<LinkableTerm> terms = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            terms.add(new LinkableTerm(
                    "condition-" + i, List.of("condition " + i, "syndrome " + i), "Number " + i + "."));
        }

        TermLinker big = TermLinker.of(terms);

        assertThat(big.size()).isEqualTo(20_000);
        assertThat(big.link("<p>Syndrome 9999 is not condition 99999.</p>", "s", null))
                .isEqualTo("<p>" + term("condition-9999", "Syndrome 9999", "Number 9999.")
                        + " is not condition 99999.</p>");
    }

    @Test
    void ofOverlappingMatchesTheLongestWinsThenTheLeftmost() {
        TermLinker pumps = TermLinker.of(List.of(
                new LinkableTerm("insulin", List.of("insulin"), null),
                new LinkableTerm("insulin-pump", List.of("insulin pump"), null),
                new LinkableTerm("pump-therapy", List.of("pump therapy"), null),
                new LinkableTerm("pump-therapy-guide", List.of("pump therapy guide"), null)));

        assertThat(pumps.link("<p>An insulin pump therapy plan.</p>", "s", null))
                .isEqualTo("<p>An " + bare("insulin-pump", "insulin pump") + " therapy plan.</p>");
        assertThat(pumps.link("<p>An insulin pump therapy guide.</p>", "s", null))
                .isEqualTo("<p>An " + bare("insulin", "insulin") + " "
                        + bare("pump-therapy-guide", "pump therapy guide") + ".</p>");
    }

    @Test
    void aLongerNameThatTheTextLeavesStillLetsTheShorterOneMatch() {
        assertThat(link("<p>Insulin resistant cells.</p>"))
                .isEqualTo("<p>" + term("insulin", "Insulin", INSULIN_DEF) + " resistant cells.</p>");
    }

    @Test
    void wordsAndCaseAreUnicodeAware() {
        TermLinker french = TermLinker.of(List.of(
                new LinkableTerm("cafe", List.of("cafe"), null),
                new LinkableTerm("diabete", List.of("diabète"), null)));

        // a combining accent belongs to the word; accented capitals fold to lower case
        assertThat(french.link("<p>Cafe\u0301 au lait, DIABÈTE.</p>", "s", null))
                .isEqualTo("<p>Cafe\u0301 au lait, " + bare("diabete", "DIABÈTE") + ".</p>");
        // a letter outside the BMP is part of a word, an emoji is not
        assertThat(link("<p>\uD83D\uDE00insulin and \uD835\uDC00insulin</p>"))
                .isEqualTo(
                        "<p>\uD83D\uDE00" + term("insulin", "insulin", INSULIN_DEF) + " and \uD835\uDC00insulin</p>");
    }

    @Test
    void namesMayHoldOrBeginWithPunctuation() {
        TermLinker drugs = TermLinker.of(List.of(
                new LinkableTerm("fluorouracil", List.of("5-FU"), null),
                new LinkableTerm("calcium", List.of("Ca++"), null),
                new LinkableTerm("an", List.of("(AN)"), null),
                new LinkableTerm("bed-and-breakfast", List.of("B&B"), null)));

        assertThat(drugs.link("<p>Give 5-FU, Ca++ and x(AN) (AN) at the B&amp;B.</p>", "s", null))
                .isEqualTo("<p>Give " + bare("fluorouracil", "5-FU") + ", " + bare("calcium", "Ca++") + " and x(AN) "
                        + bare("an", "(AN)") + " at the " + bare("bed-and-breakfast", "B&amp;B") + ".</p>");
    }

    @Test
    void outsideTheLinkedTextTheSectionIsKeptAsWritten() {
        assertThat(link("<P CLASS=lead>Insulin</P><br/>"))
                .isEqualTo("<P CLASS=lead>" + term("insulin", "Insulin", INSULIN_DEF) + "</P><br/>");
    }

    @Test
    void linkedTextNotWrittenAsJsoupWritesItIsPrintedByJsoup() {
        // the whole section is printed again by jsoup, as every section was before
        assertThat(link("<P>Insulin &#x27;works&#x27; &gt 2 > 1</P>"))
                .isEqualTo("<p>" + term("insulin", "Insulin", INSULIN_DEF) + " 'works' &gt; 2 &gt; 1</p>");
    }

    @Test
    void textTheParserMovedIsLinkedWhereItWasMoved() {
        assertThat(link("<table><tr><td>x</td></tr>insulin</table>"))
                .isEqualTo(
                        term("insulin", "insulin", INSULIN_DEF) + "<table><tbody><tr><td>x</td></tr></tbody></table>");
    }

    @Test
    void splicedAndPrintedSectionsAreTheSame() {
        String spliced = linker.link("<p class=\"x\">Insulin resistance &amp; hypertension, AN. </p>", "a\"b", null);
        String printed = linker.link("<p class=\"x\">Insulin resistance &#38; hypertension, AN. </p>", "a\"b", null);

        assertThat(spliced).isEqualTo(printed).contains("aria-describedby=\"a&quot;b-anorexia-nervosa\"", "&amp;");
    }

    /** The markup of a term without a short definition. */
    private static String bare(String slug, String text) {
        return "<span class=\"term\"><a href=\"/dictionary/" + slug + "\">" + text + "</a></span>";
    }
}
