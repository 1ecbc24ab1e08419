package org.salus.feed;

import java.time.Instant;

import org.salus.web.HttpCaching;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/** A built feed or sitemap document, kept with its validators so a revalidation costs nothing. */
record RenderedXml(byte[] body, String etag, Instant lastModified) {

    static RenderedXml of(byte[] body, Instant lastModified) {
        return new RenderedXml(body, "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"", lastModified);
    }

    /** 304 when the client's copy is current, else the document; public caching headers either way. */
    ResponseEntity<byte[]> respond(ServletWebRequest request, MediaType type) {
        if (HttpCaching.notModified(request, etag, lastModified)) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).body(body);
    }
}
