package org.salus.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.support.LocalizationSupport;
import org.springframework.context.MessageSource;

/**
 * UI strings for one page in one language, from the {@code messages*.properties} bundles.
 * Templates call {@code ${ctx.messages().localize("key", args...)}}; arguments are escaped
 * by jte, the bundle text is trusted.
 */
public final class Messages implements LocalizationSupport {

    private static final Map<Locale, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();

    private final MessageSource source;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;

    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
        this.dateFormat = DATE_FORMATS.computeIfAbsent(
                locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l));
    }

    @Override
    public String lookup(String key) {
        return source.getMessage(key, null, key, locale);
    }

    /** The same strings in another language ({@code this} when it is this one). */
    public Messages in(Locale other) {
        return other.equals(locale) ? this : new Messages(source, other);
    }

    public Locale locale() {
        return locale;
    }

    /** Dates as readers of this language write them: "October 3, 2026", "3 de octubre de 2026". */
    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }
}
