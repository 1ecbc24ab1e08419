package org.salus.cdshooks.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.web.SiteProperties;

/**
 * The URL a CDS client called, which its token's {@code aud} must equal exactly: the site's public
 * address ({@code salus.site.base-url}) followed by the request's path, without the query. Behind a
 * proxy or load balancer the request's own scheme, host and port are the app node's, not the address
 * the EHR used; {@code salus.site.base-url} is that public address. Left blank, the address is taken
 * from the request, which {@code server.forward-headers-strategy=native} corrects from the
 * {@code X-Forwarded-*} headers of a proxy at a private or loopback address.
 */
final class ServiceAddress {

    private final SiteProperties site;

    ServiceAddress(SiteProperties site) {
        this.site = site;
    }

    String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return site.baseUrl(request) + path;
    }
}
