package org.salus.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.salus.account.Role;
import org.salus.testsupport.Http;
import org.salus.testsupport.OwnContext;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.salus.testsupport.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The image library over real HTTP: an editor uploads (CSRF token and all), readers and writers
 * cannot, bad files are refused with words a person understands, renditions are served for good,
 * and the sample articles show their illustrations with {@code srcset}.
 */
@SiteTest
@OwnContext("images")
class ImageControllerTests {

    @Autowired
    Http http;

    @Autowired
    People people;

    @Autowired
    ImageLibrary library;

    @Test
    void anEditorUploadsAnImageAndItsRenditionsAreServedImmutableForAYear() {
        Visitor editor = signedIn("img-editor", Role.EDITOR);

        HttpResponse<String> upload = upload(editor, "test-chart", TestImages.picture("png", 800, 400));

        assertThat(upload.statusCode()).isEqualTo(302);
        assertThat(upload.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/editor/images?stored=test-chart"));
        Document page = Http.html(editor.get("/editor/images?stored=test-chart"));
        assertThat(page.select("[role=status]").text()).contains("test-chart");
        assertThat(page.select("#image-test-chart code").eachText())
                .contains("![A green chart with an orange block.](image:test-chart \"A test chart.\")");
        ImageInfo stored = library.find("test-chart").orElseThrow();
        assertThat(stored.sizes()).extracting(ImageInfo.Size::width).containsExactly(320, 640, 800);

        String url = stored.largest().url();
        HttpResponse<byte[]> image = http.getBytes(url);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000", "public", "immutable"));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertThat(http.getBytes(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.getBytes("/images/00000000000000000000-320.png").statusCode())
                .isEqualTo(404);
    }

    @Test
    void readersAndWritersCannotUpload() {
        Visitor reader = http.visitor();
        HttpResponse<String> anonymous = reader.postMultipart(
                "/editor/images", fields("by-reader"), "file", "x.png", TestImages.picture("png", 50, 50));
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
        assertThat(anonymous.headers().firstValue("Location"))
                .isNotEqualTo(java.util.Optional.of("/editor/images?stored=by-reader"));

        Visitor writer = signedIn("img-writer", Role.WRITER);
        assertThat(writer.get("/editor/images").statusCode()).isEqualTo(200); // may look, to copy Markdown
        assertThat(upload(writer, "by-writer", TestImages.picture("png", 50, 50))
                        .statusCode())
                .isEqualTo(403);

        assertThat(library.has("by-reader")).isFalse();
        assertThat(library.has("by-writer")).isFalse();
    }

    @Test
    void badFilesAreRefusedWithAMessageAPersonUnderstandsAndNothingIsStored() {
        Visitor editor = signedIn("img-bad", Role.EDITOR);

        assertRefused(editor, "a-pdf", TestImages.pdf(), 415, "not a PNG, JPEG or GIF image");
        assertRefused(editor, "fifty-mb", TestImages.fiftyMegabytes(), 413, "too large");
        assertRefused(editor, "a-polyglot", TestImages.pngHtmlPolyglot(), 422, "something besides a picture");
        assertRefused(editor, "an-svg", TestImages.svgWithScript(), 415, "SVG files are not accepted");
        assertRefused(editor, "a-bomb", TestImages.pngBomb(), 413, "too many pixels");
    }

    @Test
    void missingWordsAreRefusedAndWhatWasTypedIsKept() {
        Visitor editor = signedIn("img-words", Role.EDITOR);
        Map<String, String> form = fields("no-spanish");
        form.put("altEs", "");
        form.put("_csrf", editor.token("/editor/images"));

        HttpResponse<String> refused =
                editor.postMultipart("/editor/images", form, "file", "x.png", TestImages.picture("png", 60, 60));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Http.html(refused);
        assertThat(page.select("[role=alert]").text()).contains("both English and Spanish");
        assertThat(page.select("#f-alt-en").text()).isEqualTo("A green chart with an orange block.");
        assertThat(library.has("no-spanish")).isFalse();
    }

    @Test
    void theSampleArticlesShowTheirIllustrationsWithSrcsetInTheirOwnLanguage() {
        Element en = figure("/topics/insulin-resistance");
        Element img = en.selectFirst("img");
        assertThat(img.attr("srcset")).matches("(/images/[0-9a-f]{20}-\\d+\\.png \\d+w(, )?){4}");
        assertThat(img.attr("srcset")).contains(" 320w", " 640w", " 960w", " 1200w");
        assertThat(img.attr("sizes")).isEqualTo(ImageFigures.SIZES);
        assertThat(img.attr("src")).endsWith("-1200.png");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("750");
        assertThat(img.attr("alt")).startsWith("A blood vessel full of sugar and insulin");
        assertThat(en.selectFirst("figcaption").text())
                .startsWith("With insulin resistance")
                .endsWith("— Salus, CC BY 4.0");
        assertThat(http.getBytes(img.attr("src")).statusCode()).isEqualTo(200);

        Element es = figure("/topics/resistencia-insulina");
        assertThat(es.selectFirst("img").attr("alt")).startsWith("Un vaso sanguíneo");
        assertThat(es.selectFirst("img").attr("srcset")).isEqualTo(img.attr("srcset"));
        assertThat(es.selectFirst("figcaption").text()).startsWith("Con la resistencia a la insulina");

        assertThat(figure("/topics/acanthosis-nigricans").selectFirst("img").attr("alt"))
                .startsWith("A person seen from behind");
    }

    private Element figure(String path) {
        Document page = Http.html(http.get(path));
        assertThat(page.select("figure")).as(path).hasSize(1);
        assertThat(page.select("figure").parents().is("p")).isFalse();
        return page.selectFirst("figure");
    }

    private void assertRefused(Visitor editor, String slug, byte[] file, int status, String words) {
        HttpResponse<String> refused = upload(editor, slug, file);
        assertThat(refused.statusCode()).as(slug).isEqualTo(status);
        assertThat(Http.html(refused).select("[role=alert]").text()).as(slug).contains(words);
        assertThat(refused.body()).doesNotContain("Exception");
        assertThat(library.has(slug)).as(slug).isFalse();
    }

    private Visitor signedIn(String name, Role role) {
        people.create(name, role);
        Visitor visitor = http.visitor();
        visitor.signIn(name, People.PASSWORD);
        return visitor;
    }

    private static HttpResponse<String> upload(Visitor editor, String slug, byte[] file) {
        Map<String, String> form = fields(slug);
        form.put("_csrf", editor.token("/editor/images"));
        return editor.postMultipart("/editor/images", form, "file", slug + ".png", file);
    }

    private static Map<String, String> fields(String slug) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", slug);
        form.put("altEn", "A green chart with an orange block.");
        form.put("altEs", "Un gráfico verde con un bloque naranja.");
        form.put("captionEn", "A test chart.");
        form.put("captionEs", "Un gráfico de prueba.");
        form.put("credit", "Salus tests");
        form.put("licence", "CC0");
        return form;
    }
}
