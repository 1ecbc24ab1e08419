package org.salus.dictionary.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** TermLinker writes text itself only where jsoup would have printed it: it must print it the same. */
class HtmlTests {

    private static String printedByJsoup(String text) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return document.body().appendChild(new TextNode(text)).html();
    }

    @Test
    void everyCharIsEscapedAsJsoupPrintsItInText() {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            text.append((char) c).append('x'); // surrogates stay unpaired
        }

        assertThat(Html.text(text.toString())).isEqualTo(printedByJsoup(text.toString()));
    }

    @Test
    void codePointsBeyondTheBmpAreEscapedAsJsoupPrintsThem() {
        StringBuilder text = new StringBuilder();
        for (int codePoint = Character.MIN_SUPPLEMENTARY_CODE_POINT;
                codePoint <= Character.MAX_CODE_POINT;
                codePoint += 0x3FF) {
            text.appendCodePoint(codePoint).append(' ');
        }
        text.appendCodePoint(0x1D800).appendCodePoint(0x1F600); // jsoup writes the first as an entity

        assertThat(Html.text(text.toString())).isEqualTo(printedByJsoup(text.toString()));
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String text = "Insulin 'works' \"well\"\tagain\n";

        assertThat(Html.text(text)).isSameAs(text);
    }

    @Test
    void attributeValuesAreEscapedAsJsoupPrintsThem() {
        String value = "a\"b<c>d&e\u00A0f'g\u0001h";

        assertThat(new Element("span").attr("id", value).outerHtml())
                .isEqualTo("<span id=\"" + Html.attributeValue(value) + "\"></span>");
    }
}
