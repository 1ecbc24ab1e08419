package org.salus.web;

/** Helpers for JSON-LD placed inside a {@code <script>} element. */
public final class JsonLd {

    private JsonLd() {}

    /** JSON with {@code <}, {@code >} and {@code &} escaped, so no text can close the script. */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
