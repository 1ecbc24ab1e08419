package org.salus.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
}
