package org.salus.web;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The text size control: a plain link or form that sets a cookie and sends the reader back to
 * the page they were on, so it works without JavaScript and is remembered on every page.
 */
@Controller
class TextSizeController {

    static final Duration REMEMBER_FOR = Duration.ofDays(365);
    /** The id of the control in layout/page.jte. */
    static final String ANCHOR = "text-size";

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
     * The page the reader was on, scrolled to the control they used (its id in the layout)
     * rather than to the top of the page.
     */
    static String backTo(String returnTo) {
        String page = SafeRedirect.localPath(returnTo);
        return page.contains("#") ? page : page + "#" + ANCHOR;
    }
}
