package org.salus.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.util.DigestUtils;

/**
 * The stylesheet of each text size, served as {@code /text-size.css} (the layout links it after
 * {@code salus.css}). It sets the root font size, and marks the size's button in the text-size
 * control as the current one: highlighted, and with its "(current size)" text shown, which
 * {@code salus.css} hides on every button ({@code display: none} hides it from screen readers too).
 * So the page's HTML is the same for every reader, and the static edition writes one file per page.
 */
final class TextSizeStylesheets {

    /** One size's stylesheet and the ETag that names its bytes. */
    record Stylesheet(byte[] css, String etag) {}

    private static final Map<TextSize, Stylesheet> SHEETS = new EnumMap<>(TextSize.class);

    static {
        for (TextSize size : TextSize.values()) {
            byte[] css = css(size).getBytes(StandardCharsets.UTF_8);
            // The size in the ETag keeps it readable; the hash changes it when the rules change.
            String etag =
                    "\"" + size.code() + "-" + DigestUtils.md5DigestAsHex(css).substring(0, 12) + "\"";
            SHEETS.put(size, new Stylesheet(css, etag));
        }
    }

    private TextSizeStylesheets() {}

    static Stylesheet of(TextSize size) {
        return SHEETS.get(size);
    }

    static String css(TextSize size) {
        String button = ".text-size .size-" + size.code();
        return "/* Text size \"" + size.code() + "\" (cookie " + TextSize.COOKIE + "): sizes are in rem. */\n"
                + "html { font-size: " + size.rootFontSize() + "; }\n"
                + button + " { background: var(--accent); color: #fff; border-color: var(--accent); }\n"
                + button + " .current-size { display: inline; }\n";
    }
}
