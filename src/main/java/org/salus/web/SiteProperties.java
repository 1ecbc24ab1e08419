package org.salus.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Site-wide settings, {@code salus.site.*}.
 *
 * @param name        the publisher's site name, shown in the header and structured data
 * @param demoNotice  whether every page says that its content is demonstration content (the bundled articles
 *                    and reviewers are)
 * @param baseUrl     absolute address for canonical links; blank means "from the request"
 * @param timeZone    the zone every time is shown in and scheduling is entered in (times are stored in UTC);
 *                    UTC unless set, so the pages of the static edition do not depend on the host's zone
 */
@ConfigurationProperties("salus.site")
public record SiteProperties(
        @DefaultValue(SiteProperties.DEFAULT_NAME) String name,
        @DefaultValue("true") boolean demoNotice,
        String baseUrl,
        @DefaultValue("UTC") ZoneId timeZone) {

    static final String DEFAULT_NAME = "Salus Health";

    public SiteProperties {
        name = (name == null || name.isBlank()) ? DEFAULT_NAME : name;
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
    }

    /**
     * The site's public address, without a trailing slash: {@code salus.site.base-url} when set (behind
     * a proxy or load balancer the request's own scheme, host and port are the app node's), else the
     * request's scheme, host, port and context path, which {@code server.forward-headers-strategy=native}
     * corrects from the {@code X-Forwarded-*} headers of a proxy at a private or loopback address.
     */
    public String baseUrl(HttpServletRequest request) {
        if (!baseUrl.isEmpty()) {
            return baseUrl;
        }
        return ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString();
    }
}
