package org.salus.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own model: language, UI strings, the current path (for "return here" links), the site settings, and for forms the
 * CSRF token (generated only when a template reads it; reader forms keep it in a cookie, so reader
 * pages create no session), and who is signed in with which authorities (for the header's links).
 */
public record PageContext(
        String lang,
        Messages messages,
        String path,
        String baseUrl,
        SiteProperties site,
        CsrfToken csrf,
        String signedInAs,
        Set<String> authorities,
        StaticAssets assets,
        LanguageSwitch languageSwitch,
        java.util.function.Supplier<WorkCounts.Counts> workCounts) {

    /** The languages the UI speaks: each has its bundle, messages.properties and messages_es.properties. */
    public static final Set<String> UI_LANGUAGES = Set.of("en", "es");

    public PageContext {
        authorities = authorities == null ? Set.of() : Set.copyOf(authorities);
        workCounts = workCounts == null ? () -> WorkCounts.Counts.NONE : workCounts;
    }

    /**
     * The signed-in person's work and unread notification counts for the editorial header (none when
     * nobody is signed in); looked up on first use, so pages that do not show them cost nothing.
     */
    public WorkCounts.Counts counts() {
        return workCounts.get();
    }

    /**
     * This context with its UI in {@code language} (an ISO 639-1 code): {@code <html lang>}, every
     * UI string and dates. Content pages call it with their content's language, so a Spanish article
     * is Spanish around its text too. A language the UI does not speak keeps this context, so no page
     * claims a language its labels are not in.
     */
    public PageContext in(String language) {
        if (language == null || language.equals(lang) || !UI_LANGUAGES.contains(language)) {
            return this;
        }
        return new PageContext(
                language,
                messages.in(Locale.forLanguageTag(language)),
                path,
                baseUrl,
                site,
                csrf,
                signedInAs,
                authorities,
                assets,
                null, // the switch of one language's page is not the other's
                workCounts);
    }

    /**
     * The language the switch offers: English on a Spanish page, Spanish on every other page.
     */
    public String otherLanguage() {
        return "es".equals(lang) ? "en" : "es";
    }

    /**
     * The address of a page that is not content, in this page's language: {@code /topics} on an
     * English page is {@code /es/topics} on a Spanish one, and {@code /} is {@code /es}.
     *
     * @param englishPath the English address, starting with {@code /}
     */
    public String sitePath(String englishPath) {
        return inLanguage("es".equals(lang) ? "es" : "en", englishPath);
    }

    /** {@code englishPath}'s address in {@code language}: Spanish twins live under {@code /es}. */
    private static String inLanguage(String language, String englishPath) {
        if (!"es".equals(language)) {
            return englishPath;
        }
        return "/".equals(englishPath) ? "/es" : "/es" + englishPath;
    }

    /**
     * This context on a page that is not content and has a twin in the other language
     * ({@code /topics} and {@code /es/topics}): the switch goes to the twin, and the layout names
     * both as alternates.
     *
     * @param englishPath the English twin's address, starting with {@code /}
     */
    public PageContext withTwin(String englishPath) {
        String other = otherLanguage();
        return withSwitch(new LanguageSwitch(
                other,
                inLanguage(other, englishPath),
                Map.of("en", inLanguage("en", englishPath), "es", inLanguage("es", englishPath))));
    }

    /**
     * This context on a content page whose translation in {@code language} is at {@code path}:
     * the switch goes there (the page's template writes its own alternates).
     */
    public PageContext withTranslation(String language, String path) {
        return withSwitch(new LanguageSwitch(language, path, Map.of()));
    }

    /** Where the layout's language switch goes: the twin or translation, else the other language's home. */
    public LanguageSwitch languageSwitch() {
        if (languageSwitch != null) {
            return languageSwitch;
        }
        String other = otherLanguage();
        return new LanguageSwitch(other, inLanguage(other, "/"), Map.of());
    }

    private PageContext withSwitch(LanguageSwitch languageSwitch) {
        return new PageContext(
                lang, messages, path, baseUrl, site, csrf, signedInAs, authorities, assets, languageSwitch, workCounts);
    }

    /** Whether the signed-in person holds any of these authorities ({@code ROLE_EDITOR}). */
    public boolean hasAny(String... wanted) {
        for (String authority : wanted) {
            if (authorities.contains(authority)) {
                return true;
            }
        }
        return false;
    }

    /** Whether someone from the editorial side is signed in (editorial pages show who). */
    public boolean signedIn() {
        return signedInAs != null;
    }

    /** A date as readers of this language write it: "October 3, 2026", "3 de octubre de 2026". */
    public String date(LocalDate date) {
        return messages.dateFormat().format(date);
    }

    /** Times and dates in the site's time zone and this page's language (see {@link Dates}). */
    public Dates dates() {
        return new Dates(site == null ? Dates.UTC : site.timeZone(), messages.locale());
    }

    /** The fingerprinted address of a static file such as {@code /css/salus.css}, cached a year. */
    public String asset(String path) {
        return assets.url(path);
    }

    /** The absolute address of a path on this site, for canonical links and structured data. */
    public String absolute(String sitePath) {
        return baseUrl + sitePath;
    }
}
