package org.salus.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.account.EditorialRoutes;
import org.salus.web.HttpCaching;
import org.salus.web.PageContext;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /robots.txt}: readers' pages are open to crawlers; the editorial side (every
 * protected prefix of {@link EditorialRoutes}, where administrative pages such as API keys belong),
 * sign-in, preference links, search results and the machine interfaces are not. Names the
 * sitemap by its absolute address, as the protocol asks.
 */
@Controller
class RobotsController {

    /** Besides the editorial prefixes: pages with nothing to index, or answers meant for programs. */
    static final List<String> ALSO_DISALLOWED =
            List.of("/login", "/logout", "/preferences/", "/search", "/es/search", "/api/", "/infobutton");

    @GetMapping("/robots.txt")
    ResponseEntity<byte[]> robots(PageContext ctx, HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        StringBuilder text = new StringBuilder("# ")
                .append(ctx.site().name())
                .append(": health articles and the dictionary are for everyone; editorial pages are not.\n")
                .append("User-agent: *\n");
        EditorialRoutes.PROTECTED_PREFIXES.forEach(
                prefix -> text.append("Disallow: ").append(prefix).append('\n'));
        ALSO_DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("Allow: /\n\n")
                .append("Sitemap: ")
                .append(ctx.absolute("/sitemap.xml"))
                .append('\n');
        return ResponseEntity.ok()
                .contentType(PlainText.TEXT)
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
