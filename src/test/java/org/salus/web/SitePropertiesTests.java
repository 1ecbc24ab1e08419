package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code salus.site.time-zone}: UTC unless set; set, it is the zone pages show and forms read. */
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

    private static SiteProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("salus.site", SiteProperties.class);
    }
}
