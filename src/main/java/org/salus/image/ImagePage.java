package org.salus.image;

import java.util.List;

import org.salus.web.PageContext;

/**
 * The model of the library page ({@code jte/image/library.jte}): the upload form (with what was
 * typed, after a refusal), the problem's message key or null, the slug just stored or null, and
 * every image with the Markdown that shows it.
 */
public record ImagePage(
        PageContext ctx, ImageUpload typed, String problem, String stored, List<ImageInfo> images, long maxMegabytes) {

    /** What a writer pastes into an article to show {@code image}. */
    public static String markdown(ImageInfo image, String language) {
        String alt = "es".equals(language) ? image.altEs() : image.altEn();
        String caption = "es".equals(language) ? image.captionEs() : image.captionEn();
        return "![" + alt.replace("]", "\\]") + "](image:" + image.slug()
                + (caption.isEmpty() ? "" : " \"" + caption.replace("\"", "\\\"") + "\"") + ")";
    }
}
