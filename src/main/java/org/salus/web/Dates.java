package org.salus.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Times as people read them: in the site's time zone ({@code salus.site.time-zone}) and the page's
 * language, never the stored UTC with microseconds. Templates reach it as {@code ctx.dates()}.
 * Machine-readable places keep ISO: {@link #iso} gives the value for {@code <time datetime>}.
 *
 * @param zone   the site's time zone
 * @param locale the page's language
 */
public record Dates(ZoneId zone, Locale locale) {

    public static final ZoneId UTC = ZoneId.of("UTC");

    /** A day and a time, "March 8, 2026, 12:00 PM EDT", "8 de marzo de 2026, 12:00 EDT". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(local)
                + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(local)
                        .replace('\u202f', ' ') // newer JDKs put a narrow no-break space before "PM"
                + " "
                + DateTimeFormatter.ofPattern("zzz", locale).format(local);
    }

    /** The day in the site's zone, "March 8, 2026", "8 de marzo de 2026". */
    public String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, zone));
    }

    /** A calendar day, "March 8, 2026", "8 de marzo de 2026". */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(date);
    }

    /** The {@code datetime} attribute of {@code <time>}: ISO 8601 in UTC, to the second. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * The value of a {@code datetime-local} field showing {@code instant} in the site's zone,
     * "2026-03-08T12:00".
     */
    public String localInput(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(zone)
                        .toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString();
    }

    /**
     * A time a person entered in a {@code datetime-local} field, read in the site's zone. A time the
     * clocks skip (the hour lost in spring) is moved forward by the gap; a time that occurs twice
     * (autumn) is the earlier one, as {@link ZonedDateTime#of} decides.
     *
     * @throws DateTimeParseException when the text is not a date and time
     */
    public Instant parseLocal(String text) {
        return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
    }

    /** The start of a day in the site's zone, for "from" filters; the day after's, for "until". */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
