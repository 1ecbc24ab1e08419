package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * {@code salus.site.time-zone}: UTC unless set; set, it is the zone pages show and forms read.
 * {@code salus.site.base-url}: the address links are made from, else the request's.
 */
class SitePropertiesTests {

    @Test
    void theTimeZoneIsUtcUnlessSet() {
        assertThat(bind(Map.of("salus.site.name", "Clinic")).timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aConfiguredZoneIsTheOnePagesShowAndSchedulingReads() {
        SiteProperties site = bind(Map.of("salus.site.time-zone", "America/New_York"));
        Dates dates = new Dates(site.timeZone(), Locale.ENGLISH);

        assertThat(site.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(dates.parseLocal("2026-11-01T12:00")).isEqualTo(Instant.parse("2026-11-01T17:00:00Z"));
        assertThat(dates.parseLocal("2026-10-31T12:00")).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
    }

    @Test
    void theBaseUrlIsTheConfiguredOneElseTheRequestsOwnWithoutQueryOrTrailingSlash() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/health/cds-services/salus-education");
        request.setScheme("https");
        request.setServerName("node-3.internal");
        request.setServerPort(8443);
        request.setContextPath("/health");
        request.setQueryString("x=1");

        assertThat(bind(Map.of("salus.site.base-url", "https://clinic.example/"))
                        .baseUrl(request))
                .isEqualTo("https://clinic.example");
        assertThat(bind(Map.of()).baseUrl(request)).isEqualTo("https://node-3.internal:8443/health");
    }

    private static SiteProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("salus.site", SiteProperties.class);
    }
}
