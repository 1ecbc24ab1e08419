package org.salus.web;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Response compression, {@code salus.compression.*} (see {@link ResponseCompression}).
 *
 * @param enabled       whether text responses are compressed at all
 * @param mimeTypes     the media types compressed (parameters such as charset are ignored)
 * @param minSize       smaller bodies are sent as they are: compression would save too little
 * @param brotli        whether Brotli is offered to clients that accept it (gzip otherwise)
 * @param brotliQuality 0–11; 4–5 compress better than gzip at about gzip's speed, 11 is for files
 *                      compressed once, far too slow per request
 */
@ConfigurationProperties("salus.compression")
public record CompressionProperties(
        @DefaultValue("true") Boolean enabled,

        @DefaultValue({
            "text/html",
            "text/css",
            "text/javascript",
            "application/javascript",
            "application/json",
            "application/problem+json",
            "application/ld+json",
            "image/svg+xml",
            "application/atom+xml",
            "application/xml",
            "text/xml",
            "text/plain"
        })
        List<String> mimeTypes,

        @DefaultValue("1KB") DataSize minSize,
        @DefaultValue("true") Boolean brotli,
        @DefaultValue("4") Integer brotliQuality) {

    public CompressionProperties {
        mimeTypes = List.copyOf(mimeTypes);
    }

    Set<String> mimeTypeSet() {
        return Set.copyOf(mimeTypes);
    }
}
