package org.salus.image;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and sizes of uploaded images, {@code salus.images.*}.
 *
 * @param maxBytes  the largest upload read at all (a phone photo is 2–6 MB)
 * @param maxPixels the most pixels (width × height) an upload may declare; checked from the file's
 *                  header before any pixel is decoded, so a small file claiming a huge canvas (a
 *                  decompression bomb) is refused without taking the memory
 * @param widths    the widths of the renditions, in pixels; an image is never enlarged, so a
 *                  narrower one gets those below its own width plus its own
 */
@ConfigurationProperties("salus.images")
public record ImageProperties(
        @DefaultValue("10MB") DataSize maxBytes,
        @DefaultValue("40000000") Long maxPixels,
        @DefaultValue({"320", "640", "960", "1280"}) List<Integer> widths) {}
