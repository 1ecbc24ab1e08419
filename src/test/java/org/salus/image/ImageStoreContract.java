package org.salus.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The {@code image} and {@code image_rendition} tables, the same on H2 and PostgreSQL: an image
 * and its renditions' bytes are read back exactly. Names are unique per run (a PostgreSQL
 * database outlives the test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ImageStoreContract {

    @Autowired
    ImageStore store;

    @Test
    void anImageAndTheBytesOfEachRenditionAreReadBackExactly() {
        String slug = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] small = {1, 2, 3, (byte) 0xFF, 0};
        byte[] large = TestImages.picture("png", 30, 20);
        String hex = slug.replace("contract-", "");
        List<Rendition> renditions = List.of(
                new Rendition(10, 7, "000000000000" + hex + "-10.png", "image/png", small),
                new Rendition(30, 20, "111111111111" + hex + "-30.png", "image/png", large));
        ImageUpload words = new ImageUpload(slug, "Alt", "Alternativo", "", "Pie", "Salus", "CC0");

        store.insert(words, renditions, "ed", Instant.parse("2026-12-05T10:00:00Z"));

        ImageInfo image = store.find(slug).orElseThrow();
        assertThat(image.width()).isEqualTo(30);
        assertThat(image.altEs()).isEqualTo("Alternativo");
        assertThat(image.captionEn()).isEmpty();
        assertThat(image.uploadedAt()).isEqualTo(Instant.parse("2026-12-05T10:00:00Z"));
        assertThat(image.sizes()).extracting(ImageInfo.Size::width).containsExactly(10, 30);
        assertThat(store.rendition(renditions.get(0).fileName()).orElseThrow().bytes())
                .isEqualTo(small);
        assertThat(store.rendition(renditions.get(1).fileName()).orElseThrow().bytes())
                .isEqualTo(large);
        assertThat(store.all()).extracting(ImageInfo::slug).contains(slug);
        assertThat(store.exists(slug)).isTrue();
    }
}
