package org.salus.web;

import java.nio.charset.StandardCharsets;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML the platform rendered and sanitised itself, encoded to UTF-8 once, for pages that write it
 * to every reader: the bytes are handed to the output as they are instead of encoding the text on
 * each request. Only for such HTML: it is written unescaped, like {@code $unsafe{}}.
 */
public final class EncodedHtml implements Content {

    private final byte[] utf8;

    private EncodedHtml(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** {@code html} must already be safe: rendered and sanitised by the platform. */
    public static EncodedHtml of(String html) {
        return new EncodedHtml(html.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(utf8);
    }

    @Override
    public boolean isEmptyContent() {
        return utf8.length == 0;
    }
}
