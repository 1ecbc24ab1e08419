package org.salus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Times in the site's zone and the page's language, and scheduling entered in that zone. */
class DatesTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Dates ENGLISH = new Dates(NEW_YORK, Locale.ENGLISH);
    static final Dates SPANISH = new Dates(NEW_YORK, Locale.forLanguageTag("es"));

    @Test
    void aStoredUtcTimeIsShownInTheSiteZoneInEachLanguage() {
        Instant stored = Instant.parse("2026-03-08T16:00:00.123456Z"); // after the change to EDT

        assertThat(ENGLISH.dateTime(stored)).isEqualTo("March 8, 2026, 12:00 PM EDT");
        assertThat(SPANISH.dateTime(stored)).isEqualTo("8 de marzo de 2026, 12:00 EDT");
        assertThat(ENGLISH.dateTime(Instant.parse("2026-03-07T17:00:00Z")))
                .as("the day before, still EST")
                .isEqualTo("March 7, 2026, 12:00 PM EST");
    }

    @Test
    void theDayIsTheSiteZonesDay() {
        Instant lateEvening = Instant.parse("2026-11-30T02:30:00Z"); // 21:30 on the 29th in New York

        assertThat(ENGLISH.date(lateEvening)).isEqualTo("November 29, 2026");
        assertThat(SPANISH.date(lateEvening)).isEqualTo("29 de noviembre de 2026");
        assertThat(new Dates(Dates.UTC, Locale.ENGLISH).date(lateEvening)).isEqualTo("November 30, 2026");
    }

    @Test
    void machineReadableTimesStayIsoInUtcToTheSecond() {
        assertThat(Dates.iso(Instant.parse("2026-03-08T16:00:00.123456Z"))).isEqualTo("2026-03-08T16:00:00Z");
    }

    @Test
    void aScheduledTimeIsEnteredInTheSiteZoneAcrossTheSpringChange() {
        // Clocks in New York went forward on 2026-03-08 at 02:00: noon is 17:00 UTC the day before, 16:00 after.
        assertThat(ENGLISH.parseLocal("2026-03-07T12:00")).isEqualTo(Instant.parse("2026-03-07T17:00:00Z"));
        assertThat(ENGLISH.parseLocal("2026-03-08T12:00")).isEqualTo(Instant.parse("2026-03-08T16:00:00Z"));
        assertThat(ENGLISH.parseLocal("2026-03-08T02:30"))
                .as("a time the clocks skip moves forward by the gap")
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(ENGLISH.localInput(Instant.parse("2026-03-08T16:00:00Z"))).isEqualTo("2026-03-08T12:00");
    }

    @Test
    void filterDaysStartAtMidnightInTheSiteZone() {
        assertThat(ENGLISH.startOf(LocalDate.of(2026, 11, 1))).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(ENGLISH.startOf(LocalDate.of(2026, 11, 2))).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
    }
}
