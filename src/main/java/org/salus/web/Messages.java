package org.salus.web;

import java.util.Locale;

import gg.jte.support.LocalizationSupport;
import org.springframework.context.MessageSource;

/**
 * UI strings for one page in one language, from the {@code messages*.properties} bundles.
 * Templates call {@code ${ctx.messages().localize("key", args...)}}; arguments are escaped
 * by jte, the bundle text is trusted.
 */
public final class Messages implements LocalizationSupport {

    private final MessageSource source;
    private final Locale locale;

    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    @Override
    public String lookup(String key) {
        return source.getMessage(key, null, key, locale);
    }

    public Locale locale() {
        return locale;
    }
}
