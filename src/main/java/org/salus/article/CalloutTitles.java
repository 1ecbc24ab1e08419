package org.salus.article;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.salus.markdown.CalloutKind;
import org.salus.markdown.CalloutTitle;
import org.salus.web.SafetyProperties;

/**
 * The callout headings of one page language: "Call 911 now" with the emergency number from
 * {@code salus.safety.locales.<language>} as a {@code tel:} link, "Get help today", "Good to know"
 * (messages {@code callout.*}). Headings are written into the HTML when a revision is stored, in its
 * article's language.
 */
final class CalloutTitles implements Function<CalloutKind, CalloutTitle> {

    private final Map<CalloutKind, CalloutTitle> titles;

    CalloutTitles(SafetyProperties safety, String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle messages = ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        SafetyProperties.Local numbers = safety.forLocale(locale);
        String emergency = numbers.emergencyNumber().strip();
        this.titles = Map.of(
                CalloutKind.EMERGENCY,
                new CalloutTitle(
                        messages.getString("callout.emergency.title").replace("{0}", emergency),
                        emergency,
                        numbers.emergencyHref()),
                CalloutKind.URGENT,
                CalloutTitle.plain(messages.getString("callout.urgent.title")),
                CalloutKind.INFO,
                CalloutTitle.plain(messages.getString("callout.info.title")));
    }

    /** The US numbers and the built-in wording, for renderers made outside the application (importers, tests). */
    static CalloutTitles defaults(String language) {
        return new CalloutTitles(new SafetyProperties(Map.of()), language);
    }

    @Override
    public CalloutTitle apply(CalloutKind kind) {
        return titles.get(kind);
    }
}
