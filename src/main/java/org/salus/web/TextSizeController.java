package org.salus.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.WebUtils;

/**
 * The text size control: a plain link or form that sets a cookie and sends the reader back to
 * the page they were on, so it works without JavaScript and is remembered on every page; and
 * the stylesheet that applies the chosen size, so that the pages themselves do not vary.
 */
@Controller
class TextSizeController {

    static final Duration REMEMBER_FOR = Duration.ofDays(365);
    /** The id of the control in layout/page.jte. */
    static final String ANCHOR = "text-size";

    static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

    @GetMapping("/preferences/text-size")
    ResponseEntity<Void> choose(
            @RequestParam(defaultValue = "medium") String size,
            @RequestParam(name = "return", defaultValue = "/") String returnTo) {
        if (!TextSize.isKnown(size)) {
            throw new BadRequestException("error.textSize.unknown");
        }
        ResponseCookie cookie = ResponseCookie.from(
                        TextSize.COOKIE, TextSize.parse(size).code())
                .path("/")
                .maxAge(REMEMBER_FOR)
                .sameSite("Lax")
                .httpOnly(true)
                .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, backTo(returnTo))
                .build();
    }

    /**
     * The reader's size as a stylesheet, from their cookie. Revalidated on every page ({@code no-cache}), which costs a 304
     * while the size is unchanged and picks up a new choice at once; kept out of shared caches
     * ({@code private}, {@code Vary: Cookie}). Spring answers 304 on a matching ETag.
     */
    @GetMapping("/text-size.css")
    ResponseEntity<byte[]> stylesheet(HttpServletRequest request) {
        TextSizeStylesheets.Stylesheet sheet = TextSizeStylesheets.of(chosen(request));
        return ResponseEntity.ok()
                .contentType(CSS)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .varyBy(HttpHeaders.COOKIE)
                .eTag(sheet.etag())
                .body(sheet.css());
    }

    /** The reader's size, from the cookie; medium without one or for a value this version does not know. */
    static TextSize chosen(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, TextSize.COOKIE);
        return TextSize.parse(cookie == null ? null : cookie.getValue());
    }

    /**
     * The page the reader was on, scrolled to the control they used (its id in the layout)
     * rather than to the top of the page.
     */
    static String backTo(String returnTo) {
        String page = SafeRedirect.localPath(returnTo);
        return page.contains("#") ? page : page + "#" + ANCHOR;
    }
}
