package org.salus.api;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.web.SiteProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute addresses in API payloads: from {@code salus.site.base-url} when set (behind a proxy or
 * CDN), otherwise from the request.
 */
@Component
class ApiLinks {

    static final String BASE = "/api/v1";

    private final SiteProperties site;

    ApiLinks(SiteProperties site) {
        this.site = site;
    }

    String base(HttpServletRequest request) {
        return site.baseUrl(request);
    }

    /** A builder for an address under the site's base, with query parameters encoded. */
    UriComponentsBuilder at(HttpServletRequest request, String path) {
        return UriComponentsBuilder.fromUriString(base(request)).path(path);
    }
}
