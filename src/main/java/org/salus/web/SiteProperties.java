package org.salus.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-wide settings, {@code salus.site.*}.
 *
 * @param name        the publisher's site name, shown in the header and structured data
 * @param demoNotice  whether every page says that its content is demonstration content
 * @param baseUrl     absolute address for canonical links; blank means "from the request"
 */
@ConfigurationProperties("salus.site")
public record SiteProperties(String name, boolean demoNotice, String baseUrl) {

    public SiteProperties {
        name = (name == null || name.isBlank()) ? "Salus Health" : name;
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }
}
