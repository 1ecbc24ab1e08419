package org.salus.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** What the re-encoder makes of good uploads and how it refuses bad ones (no Spring, no HTTP). */
class ImageSanitiserTests {

    private final ImageSanitiser sanitiser = new ImageSanitiser(
            new ImageProperties(DataSize.ofMegabytes(10), 40_000_000L, List.of(320, 640, 960, 1280)));

    @Test
    void aPhotoBecomesJpegsAtEachWidthBelowItsOwnNeverEnlarged() throws Exception {
        List<Rendition> sizes = sanitiser.renditions(TestImages.picture("jpeg", 1000, 500));

        assertThat(sizes).extracting(Rendition::width).containsExactly(320, 640, 960, 1000);
        assertThat(sizes).extracting(Rendition::height).containsExactly(160, 320, 480, 500);
        assertThat(sizes).allSatisfy(r -> {
            assertThat(r.contentType()).isEqualTo("image/jpeg");
            assertThat(r.fileName()).matches("[0-9a-f]{20}-" + r.width() + "\\.jpg");
            assertThat(ImageIO.read(new ByteArrayInputStream(r.bytes())).getWidth())
                    .isEqualTo(r.width());
        });
    }

    @Test
    void aWideDrawingIsCappedAtTheWidestSizeAndStaysPng() throws Exception {
        assertThat(sanitiser.renditions(TestImages.picture("png", 3000, 1500)))
                .extracting(Rendition::width, Rendition::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(320, "image/png"),
                        org.assertj.core.groups.Tuple.tuple(640, "image/png"),
                        org.assertj.core.groups.Tuple.tuple(960, "image/png"),
                        org.assertj.core.groups.Tuple.tuple(1280, "image/png"));
    }

    @Test
    void namesAreTheHashOfTheBytesSoTheSameUploadGetsTheSameNames() throws Exception {
        byte[] upload = TestImages.picture("png", 700, 300);
        assertThat(sanitiser.renditions(upload))
                .extracting(Rendition::fileName)
                .isEqualTo(sanitiser.renditions(upload).stream()
                        .map(Rendition::fileName)
                        .toList());
    }

    @Test
    void aScriptHiddenInAJpegCommentOrAfterItsEndIsNotInAnyRendition() throws Exception {
        byte[] upload = TestImages.jpegWithScript();
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("alert('comment')", "alert('tail')");

        assertThat(sanitiser.renditions(upload))
                .allSatisfy(r -> assertThat(new String(r.bytes(), StandardCharsets.ISO_8859_1))
                        .doesNotContain("alert")
                        .doesNotContain("<script"));
    }

    @Test
    void badFilesAreRefusedWithTheReason() {
        assertRefused(TestImages.pdf(), "image.refused.type");
        assertRefused(TestImages.svgWithScript(), "image.refused.svg");
        assertRefused(TestImages.pngHtmlPolyglot(), "image.refused.trailing");
        assertRefused(TestImages.pngBomb(), "image.refused.pixels");
        assertRefused(TestImages.fiftyMegabytes(), "image.refused.tooLarge");
        assertRefused(new byte[0], "image.refused.empty");
        byte[] truncated = java.util.Arrays.copyOf(TestImages.picture("png", 200, 200), 100);
        assertRefused(truncated, "image.refused.unreadable");
    }

    @Test
    void theBombIsRefusedFromItsHeaderWithoutDecodingItsPixels() throws IOException {
        // The header really declares 2.5 billion pixels: decoding would need 10 GB.
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(TestImages.pngBomb())));
        assertThat((long) reader.getWidth(0) * reader.getHeight(0)).isEqualTo(2_500_000_000L);

        // Decoding it would throw OutOfMemoryError (an Error, not caught as a refusal) in this JVM.
        assertRefused(TestImages.pngBomb(), "image.refused.pixels");
    }

    private void assertRefused(byte[] upload, String key) {
        assertThatThrownBy(() -> sanitiser.renditions(upload))
                .isInstanceOf(ImageRefusal.class)
                .extracting(e -> ((ImageRefusal) e).messageKey())
                .isEqualTo(key);
    }
}
