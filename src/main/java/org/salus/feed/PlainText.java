package org.salus.feed;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Short plain-text answers for machine-read addresses, where an HTML error page helps no one. */
final class PlainText {

    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private PlainText() {}

    static ResponseEntity<byte[]> badRequest(String message) {
        return ResponseEntity.badRequest().contentType(TEXT).body((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> notFound(String message) {
        return ResponseEntity.status(404).contentType(TEXT).body((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
