package org.salus.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.article.HtmlSanitizer;

/**
 * The figure an image reference becomes, and what the article sanitiser lets through: exactly
 * the figure's markup, never a script or a handler smuggled into the words.
 */
class ImageFiguresTests {

    private static final ImageInfo IMAGE = new ImageInfo(
            1,
            "chart",
            800,
            400,
            "Library alt",
            "Texto alternativo",
            "Library caption",
            "Pie",
            "Jane <b>Doe</b>",
            "CC BY 4.0",
            "ed",
            Instant.EPOCH,
            List.of(
                    new ImageInfo.Size(320, 160, "aaaaaaaaaaaaaaaaaaaa-320.png"),
                    new ImageInfo.Size(800, 400, "bbbbbbbbbbbbbbbbbbbb-800.png")));

    @Test
    void theFigureSurvivesTheArticleSanitiserUnchanged() {
        String html =
                ImageFigures.figure(IMAGE, "Article alt", "Article caption").outerHtml();
        String clean = new HtmlSanitizer().clean(html);

        Element img = Jsoup.parse(clean).selectFirst("figure > img");
        assertThat(img.attr("srcset"))
                .isEqualTo("/images/aaaaaaaaaaaaaaaaaaaa-320.png 320w, /images/bbbbbbbbbbbbbbbbbbbb-800.png 800w");
        assertThat(img.attr("src")).isEqualTo("/images/bbbbbbbbbbbbbbbbbbbb-800.png");
        assertThat(img.attributes().asList())
                .extracting(a -> a.getKey())
                .containsExactlyInAnyOrder("src", "srcset", "sizes", "width", "height", "alt", "loading", "decoding");
        assertThat(Jsoup.parse(clean).selectFirst("figcaption").text())
                .isEqualTo("Article caption — Jane <b>Doe</b>, CC BY 4.0");
    }

    @Test
    void emptyMarkdownWordsFallBackToTheLibrarysEnglishMarkedAsEnglish() {
        Element figure = ImageFigures.figure(IMAGE, "", "");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Library alt");
        assertThat(figure.selectFirst("img").attr("lang")).isEqualTo("en");
        assertThat(figure.selectFirst("figcaption span").attr("lang")).isEqualTo("en");
    }

    @Test
    void theSanitiserStillDropsScriptsAndHandlersAroundFigures() {
        String hostile = "<figure onclick=\"x()\"><img src=\"image:chart\" onerror=\"alert(1)\" srcset=\"a.png 1w\">"
                + "<figcaption><script>alert(2)</script>Hi</figcaption></figure>"
                + "<img src=\"javascript:alert(3)\">";
        String clean = new HtmlSanitizer().clean(hostile);
        assertThat(clean).doesNotContain("onclick", "onerror", "script", "javascript", "alert");
        assertThat(clean).contains("<img src=\"image:chart\" srcset=\"a.png 1w\">", "<figcaption>Hi</figcaption>");
    }
}
