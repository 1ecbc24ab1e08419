package org.salus.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A fingerprint of what a source says, not of how its page is dressed: for HTML, the text left after
 * removing navigation, header, footer, scripts and styles, with whitespace normalised (jsoup), so a
 * new menu item or a rotated script does not count as a change; for anything else (a PDF), the bytes.
 */
final class MainText {

    private static final String CHROME = "nav, header, footer, script, style, noscript, template, iframe";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

    private MainText() {}

    /** SHA-256, hex, of the main text of {@code body}. */
    static String hash(byte[] body, String contentType, String url) {
        if (!isHtml(contentType)) {
            return sha256(body);
        }
        return sha256(text(body, contentType, url).getBytes(StandardCharsets.UTF_8));
    }

    static String text(byte[] body, String contentType, String url) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(body), charset(contentType), url == null ? "" : url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.select(CHROME).remove();
        return page.body() == null ? page.text() : page.body().text();
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true; // a server that does not say is most likely serving a page
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html");
    }

    /** The declared charset when Java knows it; otherwise {@code null}, and jsoup reads the page's own meta tag. */
    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() && Charset.isSupported(m.group(1)) ? m.group(1) : null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
