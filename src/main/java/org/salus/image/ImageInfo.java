package org.salus.image;

import java.time.Instant;
import java.util.List;

/**
 * A library entry: the words that go with the picture and its renditions, widest last (no bytes).
 */
public record ImageInfo(
        long id,
        String slug,
        int width,
        int height,
        String altEn,
        String altEs,
        String captionEn,
        String captionEs,
        String credit,
        String licence,
        String uploadedBy,
        Instant uploadedAt,
        List<Size> sizes) {

    public record Size(int width, int height, String fileName) {
        public String url() {
            return "/images/" + fileName;
        }
    }

    public Size largest() {
        return sizes.get(sizes.size() - 1);
    }

    /** {@code url 320w, url 640w, …}: every rendition, for the browser to choose from. */
    public String srcset() {
        return String.join(
                ", ", sizes.stream().map(s -> s.url() + " " + s.width() + "w").toList());
    }
}
