package org.salus.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Share links that need no third-party script: a {@code mailto:} address the reader's own mail
 * program opens. Nothing is sent anywhere until the reader sends the mail.
 */
public final class ShareLinks {

    private ShareLinks() {}

    /** {@code mailto:?subject=…&body=…}, each part percent-encoded as RFC 6068 asks (a space is %20, never +). */
    public static String mailto(String subject, String body) {
        return "mailto:?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
